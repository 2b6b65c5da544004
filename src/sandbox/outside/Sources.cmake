# SPDX-License-Identifier: MIT
# Outside systems beside the sandbox: tax service, payment gateway, OMS, subscription delivery.
target_sources(commercedesk_sandbox PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ServiceServer.h ${CMAKE_CURRENT_LIST_DIR}/ServiceServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CardRules.h ${CMAKE_CURRENT_LIST_DIR}/CardRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuthorizationRequest.h ${CMAKE_CURRENT_LIST_DIR}/AuthorizationRequest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GatewayIds.h ${CMAKE_CURRENT_LIST_DIR}/GatewayIds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GatewayStore.h ${CMAKE_CURRENT_LIST_DIR}/GatewayStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PaymentGateway.h ${CMAKE_CURRENT_LIST_DIR}/PaymentGateway.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaxRules.h ${CMAKE_CURRENT_LIST_DIR}/TaxRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaxService.h ${CMAKE_CURRENT_LIST_DIR}/TaxService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OmsActions.h ${CMAKE_CURRENT_LIST_DIR}/OmsActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OmsStore.h ${CMAKE_CURRENT_LIST_DIR}/OmsStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OmsWriteBack.h ${CMAKE_CURRENT_LIST_DIR}/OmsWriteBack.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OmsCapture.h ${CMAKE_CURRENT_LIST_DIR}/OmsCapture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Oms.h ${CMAKE_CURRENT_LIST_DIR}/Oms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderNumberStore.h ${CMAKE_CURRENT_LIST_DIR}/OrderNumberStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrderNumberService.h ${CMAKE_CURRENT_LIST_DIR}/OrderNumberService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OutsideSystemsConfig.h
    ${CMAKE_CURRENT_LIST_DIR}/OutsideSystems.h ${CMAKE_CURRENT_LIST_DIR}/OutsideSystems.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OutsideProvisioner.h ${CMAKE_CURRENT_LIST_DIR}/OutsideProvisioner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SubscriptionDeliverer.h ${CMAKE_CURRENT_LIST_DIR}/SubscriptionDeliverer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OutsideDefaults.h ${CMAKE_CURRENT_LIST_DIR}/OutsideDefaults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OutsideCli.h ${CMAKE_CURRENT_LIST_DIR}/OutsideCli.cpp
)
