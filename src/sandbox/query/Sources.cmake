# SPDX-License-Identifier: MIT
# Query language: predicates, sorts, paging and expansion for every query endpoint.
target_sources(commercedesk_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PredicateNode.h
    ${CMAKE_CURRENT_LIST_DIR}/Predicate.h ${CMAKE_CURRENT_LIST_DIR}/Predicate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PredicateParser.h ${CMAKE_CURRENT_LIST_DIR}/PredicateParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SqlWhere.h ${CMAKE_CURRENT_LIST_DIR}/SqlWhere.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QuerySort.h ${CMAKE_CURRENT_LIST_DIR}/QuerySort.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReferenceExpander.h ${CMAKE_CURRENT_LIST_DIR}/ReferenceExpander.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QueryPlan.h ${CMAKE_CURRENT_LIST_DIR}/QueryPlan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceQuery.h ${CMAKE_CURRENT_LIST_DIR}/ResourceQuery.cpp
)
