<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DocumentHtml</name>
    <message numerus="yes">
        <location filename="../src/merchant/DocumentHtml.cpp" line="365"/>
        <source>Payable within %n day(s) without deduction, by %1.</source>
        <translation>
            <numerusform>Payable within %n day without deduction, by %1.</numerusform>
            <numerusform>Payable within %n days without deduction, by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message numerus="yes">
        <location filename="../src/app/ErrorPresenter.cpp" line="99"/>
        <source>Too many requests in a short time. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many requests in a short time. Wait %n second and try again.</numerusform>
            <numerusform>Too many requests in a short time. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MerchantTexts</name>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="88"/>
        <source>%1: %n of the selected orders will be changed.</source>
        <translation>
            <numerusform>%1: %n of the selected orders will be changed.</numerusform>
            <numerusform>%1: %n of the selected orders will be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="91"/>
        <source>%n order(s) will be skipped:</source>
        <translation>
            <numerusform>%n order will be skipped:</numerusform>
            <numerusform>%n orders will be skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::BulkProgressDialog</name>
    <message numerus="yes">
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="88"/>
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n order</numerusform>
            <numerusform>%1 — %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::BuyerBar</name>
    <message numerus="yes">
        <location filename="../src/app/storefront/BuyerBar.cpp" line="135"/>
        <source>Your cart holds %n item(s) priced in %1. Ship to %2 instead? The items move to a new cart in %3, at that market&apos;s prices.</source>
        <translation>
            <numerusform>Your cart holds %n item priced in %1. Ship to %2 instead? The item moves to a new cart in %3, at that market&apos;s prices.</numerusform>
            <numerusform>Your cart holds %n items priced in %1. Ship to %2 instead? The items move to a new cart in %3, at that market&apos;s prices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::FacetPanel</name>
    <message numerus="yes">
        <location filename="../src/app/storefront/FacetPanel.cpp" line="205"/>
        <source>&amp;Filters (%n active)</source>
        <translation>
            <numerusform>&amp;Filters (%n active)</numerusform>
            <numerusform>&amp;Filters (%n active)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MerchantPane</name>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantPane.cpp" line="549"/>
        <source>%n new order(s), latest %1</source>
        <translation>
            <numerusform>%n new order, latest %1</numerusform>
            <numerusform>%n new orders, latest %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderActionRunner</name>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="43"/>
        <source>Loading %n order(s)…</source>
        <translation>
            <numerusform>Loading %n order…</numerusform>
            <numerusform>Loading %n orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="140"/>
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n order</numerusform>
            <numerusform>%1 — %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="143"/>
        <source>%1 %n order(s)</source>
        <translation>
            <numerusform>%1 %n order</numerusform>
            <numerusform>%1 %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="255"/>
        <source>Capture — %n order(s)</source>
        <translation>
            <numerusform>Capture — %n order</numerusform>
            <numerusform>Capture — %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="256"/>
        <source>Capture what is left of the authorized card payments of %n selected order(s)?</source>
        <translation>
            <numerusform>Capture what is left of the authorized card payments of %n selected order?</numerusform>
            <numerusform>Capture what is left of the authorized card payments of %n selected orders?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="259"/>
        <source>%n of them have no payment and have nothing to capture.</source>
        <translation>
            <numerusform>%n of them has no payment and has nothing to capture.</numerusform>
            <numerusform>%n of them have no payment and have nothing to capture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="261"/>
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>Capture %n order</numerusform>
            <numerusform>Capture %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderDetailDocument</name>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="146"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ProductDetailDialog</name>
    <message numerus="yes">
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="212"/>
        <source>Out of stock — back in %n day(s)</source>
        <translation>
            <numerusform>Out of stock — back in %n day</numerusform>
            <numerusform>Out of stock — back in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::QuickOrderDialog</name>
    <message numerus="yes">
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="160"/>
        <source>&amp;Add %n line(s) to cart</source>
        <translation>
            <numerusform>&amp;Add %n line to cart</numerusform>
            <numerusform>&amp;Add %n lines to cart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::UndoOffer</name>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="72"/>
        <source>%1: done for %n order(s).</source>
        <translation>
            <numerusform>%1: done for %n order.</numerusform>
            <numerusform>%1: done for %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="76"/>
        <source>%n of them cannot be undone.</source>
        <translation>
            <numerusform>%n of them cannot be undone.</numerusform>
            <numerusform>%n of them cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="94"/>
        <source>%n order(s) changed meanwhile and were left as they are: %1.</source>
        <translation>
            <numerusform>%n order changed meanwhile and was left as it is: %1.</numerusform>
            <numerusform>%n orders changed meanwhile and were left as they are: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="100"/>
        <source>%n order(s) could not be changed back: %1.</source>
        <translation>
            <numerusform>%n order could not be changed back: %1.</numerusform>
            <numerusform>%n orders could not be changed back: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::checkout::CardForm</name>
    <message numerus="yes">
        <location filename="../src/checkout/CardForm.cpp" line="183"/>
        <source>The security code has %n digit(s) for this card.</source>
        <translation>
            <numerusform>The security code has %n digit for this card.</numerusform>
            <numerusform>The security code has %n digits for this card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::checkout::Reorder</name>
    <message numerus="yes">
        <location filename="../src/checkout/Reorder.cpp" line="101"/>
        <source>%n item(s) of order %1 are in your new cart.</source>
        <translation>
            <numerusform>%n item of order %1 is in your new cart.</numerusform>
            <numerusform>%n items of order %1 are in your new cart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::models::FacetModel</name>
    <message numerus="yes">
        <location filename="../src/models/FacetModel.cpp" line="114"/>
        <source>%1, %n product(s)</source>
        <translation>
            <numerusform>%1, %n product</numerusform>
            <numerusform>%1, %n products</numerusform>
        </translation>
    </message>
</context>
</TS>
