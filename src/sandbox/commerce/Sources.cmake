# SPDX-License-Identifier: MIT
# Commerce: carts (+/me, as-associate), totals and tax, shipping methods and zones, payments,
# API extensions (storage and the synchronous call).
target_sources(commercedesk_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CommerceErrors.h ${CMAKE_CURRENT_LIST_DIR}/CommerceErrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DraftValues.h ${CMAKE_CURRENT_LIST_DIR}/DraftValues.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BuyerSchemas.h ${CMAKE_CURRENT_LIST_DIR}/BuyerSchemas.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BuyerSchemaTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MoneyLimits.h ${CMAKE_CURRENT_LIST_DIR}/MoneyLimits.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaxMath.h ${CMAKE_CURRENT_LIST_DIR}/TaxMath.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShippingRates.h ${CMAKE_CURRENT_LIST_DIR}/ShippingRates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LineItemEntry.h ${CMAKE_CURRENT_LIST_DIR}/LineItemEntry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShippingInfoEntry.h ${CMAKE_CURRENT_LIST_DIR}/ShippingInfoEntry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CartDocument.h ${CMAKE_CURRENT_LIST_DIR}/CartDocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LineItemFactory.h ${CMAKE_CURRENT_LIST_DIR}/LineItemFactory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CartTotals.h ${CMAKE_CURRENT_LIST_DIR}/CartTotals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CartActionContext.h
    ${CMAKE_CURRENT_LIST_DIR}/CartLineItemActions.h ${CMAKE_CURRENT_LIST_DIR}/CartLineItemActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CartTaxActions.h ${CMAKE_CURRENT_LIST_DIR}/CartTaxActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CartUpdater.h ${CMAKE_CURRENT_LIST_DIR}/CartUpdater.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CartAccess.h ${CMAKE_CURRENT_LIST_DIR}/CartAccess.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CartFactory.h ${CMAKE_CURRENT_LIST_DIR}/CartFactory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CartEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/CartEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BlockingHttpClient.h ${CMAKE_CURRENT_LIST_DIR}/BlockingHttpClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExtensionInvoker.h ${CMAKE_CURRENT_LIST_DIR}/ExtensionInvoker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExtensionEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/ExtensionEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StoredResources.h ${CMAKE_CURRENT_LIST_DIR}/StoredResources.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShippingEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/ShippingEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/PaymentEndpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CommerceEndpoints.h ${CMAKE_CURRENT_LIST_DIR}/CommerceEndpoints.cpp
)
