# SPDX-License-Identifier: MIT
# Query language: predicates, sorts, paging and expansion for every query endpoint.
target_sources(commercedesk_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ResourceQuery.h ${CMAKE_CURRENT_LIST_DIR}/ResourceQuery.cpp
)
