# SPDX-License-Identifier: MIT
# The build enforces the layers of docs/architecture.md: only the app (and GUI tests) may link
# Qt Widgets, the sandbox never links the client library, the orchestrator uses only core, api and http, and
# http (the HTTP/1.1 server front of the sandbox and the orchestrator) depends on no other layer.
# A violation stops configuration.

function(_commercedesk_forbid target)
    if(NOT TARGET ${target})
        return()
    endif()
    get_target_property(libs ${target} LINK_LIBRARIES)
    get_target_property(ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(lib IN LISTS libs ilibs)
        foreach(forbidden IN LISTS ARGN)
            if(lib MATCHES "${forbidden}")
                message(FATAL_ERROR "Layer rule broken: ${target} links ${lib} (see docs/architecture.md)")
            endif()
        endforeach()
    endforeach()
endfunction()

function(commercedesk_check_layers)
    set(widgets "Qt6?::Widgets" "Qt6?::PrintSupport")
    foreach(lib core http api platform checkout merchant models sandbox orchestrator)
        _commercedesk_forbid(commercedesk_${lib} ${widgets})
    endforeach()
    _commercedesk_forbid(commercedesk_core "Qt6?::Network" "Qt6?::Sql" "Qt6?::HttpServer"
        "commercedesk_(api|platform|checkout|merchant|models|sandbox|app|orchestrator)")
    _commercedesk_forbid(commercedesk_api "Qt6?::Sql" "Qt6?::HttpServer" "commercedesk_sandbox"
        "commercedesk_platform" "commercedesk_checkout" "commercedesk_models" "commercedesk_orchestrator")
    # The HTTP front: Qt Core + Network only; the servers own their routes, errors and data.
    _commercedesk_forbid(commercedesk_http "Qt6?::Sql" "Qt6?::HttpServer"
        "commercedesk_(core|api|platform|checkout|merchant|models|sandbox|app|orchestrator)")
    _commercedesk_forbid(commercedesk_sandbox "Qt6?::HttpServer" "commercedesk_api" "commercedesk_checkout" "commercedesk_models"
        "commercedesk_merchant")
    _commercedesk_forbid(commercedesk_platform "commercedesk_api" "commercedesk_sandbox")
    # The orchestrator (a server) uses core, api and http only: never the desktop layers or the sandbox.
    _commercedesk_forbid(commercedesk_orchestrator "Qt6?::Sql" "Qt6?::HttpServer"
        "commercedesk_(app|checkout|models|merchant|sandbox|platform)")
    # Of the desktop layers only the app links the orchestrator, and in it only the composition root
    # (app::BackendSwitch; scripts/check-layers holds the include side) uses it: it starts an orchestrator
    # in-process beside the embedded sandbox, as a seller runs one beside their project (issue 14, "Embedded
    # default stays one command"). The storefront itself reaches it only over HTTP, like any buyer's app.
    foreach(lib sandbox platform checkout merchant models)
        _commercedesk_forbid(commercedesk_${lib} "commercedesk_orchestrator")
    endforeach()
    # Models depend on core only (issue 19): no api, checkout, merchant, platform or sandbox.
    _commercedesk_forbid(commercedesk_models "Qt6?::Network" "Qt6?::Sql"
        "commercedesk_(api|checkout|merchant|platform|sandbox)")
endfunction()
