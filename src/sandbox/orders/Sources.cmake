# SPDX-License-Identifier: MIT
# Orders area: orders (+/me, as-associate), messages, customers, business units, associate roles,
# stores, channels, subscriptions, and the bulk order generator.
target_sources(commercedesk_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ResourceErrors.h ${CMAKE_CURRENT_LIST_DIR}/ResourceErrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderColumns.h ${CMAKE_CURRENT_LIST_DIR}/OrderColumns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MessageLog.h ${CMAKE_CURRENT_LIST_DIR}/MessageLog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderFromCart.h ${CMAKE_CURRENT_LIST_DIR}/OrderFromCart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderDeliveries.h ${CMAKE_CURRENT_LIST_DIR}/OrderDeliveries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderReturns.h ${CMAKE_CURRENT_LIST_DIR}/OrderReturns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderUpdater.h ${CMAKE_CURRENT_LIST_DIR}/OrderUpdater.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/OrderEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderSearchQuery.h ${CMAKE_CURRENT_LIST_DIR}/OrderSearchQuery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderSearchEndpoint.h ${CMAKE_CURRENT_LIST_DIR}/OrderSearchEndpoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MessageEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/MessageEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CustomerSignIn.h ${CMAKE_CURRENT_LIST_DIR}/CustomerSignIn.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CustomerEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/CustomerEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DirectoryEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/DirectoryEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/SubscriptionEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrdersSeed.h ${CMAKE_CURRENT_LIST_DIR}/OrdersSeed.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemoPayments.h ${CMAKE_CURRENT_LIST_DIR}/DemoPayments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GeneratorCatalog.h ${CMAKE_CURRENT_LIST_DIR}/GeneratorCatalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GeneratedOrder.h ${CMAKE_CURRENT_LIST_DIR}/GeneratedOrder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderGenerator.h ${CMAKE_CURRENT_LIST_DIR}/OrderGenerator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrdersArea.h ${CMAKE_CURRENT_LIST_DIR}/OrdersArea.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentLedger.h ${CMAKE_CURRENT_LIST_DIR}/PaymentLedger.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentConnector.h ${CMAKE_CURRENT_LIST_DIR}/PaymentConnector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentIntents.h ${CMAKE_CURRENT_LIST_DIR}/PaymentIntents.cpp
)
