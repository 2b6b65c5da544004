<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="15"/>
        <source>Purchase, checkout and order review for commercetools.</source>
        <translation>Einkauf, Checkout und Bestellprüfung für commercetools.</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="20"/>
        <source>Keep the embedded sandbox&apos;s data in &lt;dir&gt;.</source>
        <translation>Die Daten der eingebetteten Sandbox in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="23"/>
        <source>Use the language &lt;code&gt; (for example de or fr).</source>
        <translation>Die Sprache &lt;code&gt; verwenden (zum Beispiel de oder fr).</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="27"/>
        <source>Save a picture of the window to &lt;file&gt; once the catalog shows, then quit.</source>
        <translation>Sobald der Katalog angezeigt wird, ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="14"/>
        <source>(Reference: %1)</source>
        <translation>(Referenz: %1)</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="22"/>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="24"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation>Der Server hat zu lange nicht geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="26"/>
        <source>The secure connection to the server failed; its certificate was not accepted.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen; sein Zertifikat wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="28"/>
        <source>The server redirected to an insecure address, so the request was stopped.</source>
        <translation>Der Server hat auf eine unsichere Adresse umgeleitet; die Anfrage wurde deshalb abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="31"/>
        <source>The server sent an answer CommerceDesk does not understand. Try again; if it keeps happening, the server may be misconfigured.</source>
        <translation>Der Server hat eine Antwort gesendet, die CommerceDesk nicht versteht. Versuchen Sie es erneut; tritt das weiterhin auf, ist der Server möglicherweise falsch konfiguriert.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="34"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="36"/>
        <source>The connection settings are incomplete: %1</source>
        <translation>Die Verbindungseinstellungen sind unvollständig: %1</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="44"/>
        <location filename="../src/app/ErrorPresenter.cpp" line="49"/>
        <source>The API client id or secret was not accepted.</source>
        <translation>Die Client-ID oder das Client-Secret des API-Clients wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="46"/>
        <source>The API client is not allowed the permissions CommerceDesk asked for.</source>
        <translation>Der API-Client hat nicht die Berechtigungen, die CommerceDesk angefordert hat.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="47"/>
        <source>The server did not accept the request: %1</source>
        <translation>Der Server hat die Anfrage nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="50"/>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="52"/>
        <source>This API client is not allowed to do that.</source>
        <translation>Dieser API-Client darf das nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="54"/>
        <source>It no longer exists on the server.</source>
        <translation>Es existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="56"/>
        <source>Someone else changed it in the meantime. Reload and try again.</source>
        <translation>Jemand anderes hat es inzwischen geändert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="58"/>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war zu groß für den Server.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="62"/>
        <source>The server is busy or unavailable. Try again in a moment.</source>
        <translation>Der Server ist ausgelastet oder nicht verfügbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="65"/>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="66"/>
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="9"/>
        <source>CommerceDesk</source>
        <translation>CommerceDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="20"/>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>MerchantPane</name>
    <message>
        <location filename="../ui/MerchantPane.ui" line="12"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>StorefrontPane</name>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="13"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="20"/>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="21"/>
        <source>Search products by name, description or SKU…</source>
        <translation>Produkte nach Name, Beschreibung oder SKU suchen…</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="48"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::Composition</name>
    <message>
        <location filename="../src/app/Composition.cpp" line="44"/>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Die eingebettete Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../src/app/Composition.cpp" line="53"/>
        <source>The embedded sandbox has no storefront API client.</source>
        <translation>Die eingebettete Sandbox hat keinen Storefront-API-Client.</translation>
    </message>
    <message>
        <location filename="../src/app/Composition.cpp" line="75"/>
        <source>Embedded sandbox · project %1 · %2</source>
        <translation>Eingebettete Sandbox · Projekt %1 · %2</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="27"/>
        <source>Storefront</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="28"/>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="34"/>
        <source>Starting the embedded sandbox…</source>
        <translation>Eingebettete Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="57"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MerchantPane</name>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="17"/>
        <source>Order review is not available in this version of CommerceDesk yet. Orders placed in the storefront are kept by the backend and will be listed here once order review arrives.</source>
        <translation>Die Bestellprüfung ist in dieser Version von CommerceDesk noch nicht verfügbar. Im Shop aufgegebene Bestellungen bewahrt das Backend auf; sie erscheinen hier, sobald die Bestellprüfung verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::StorefrontPane</name>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="39"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="79"/>
        <source>No products match</source>
        <translation>Keine passenden Produkte</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="82"/>
        <source>%1 of %2 products</source>
        <translation>%1 von %2 Produkten</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="84"/>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="86"/>
        <source>%1 products</source>
        <translation>%1 Produkte</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::ProductTableModel</name>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="130"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="132"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="134"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="136"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
</TS>
