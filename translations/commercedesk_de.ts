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
    <message>
        <location filename="../src/app/AppOptions.cpp" line="32"/>
        <source>Connect with the stored connection profile &lt;name&gt;.</source>
        <translation>Mit dem gespeicherten Verbindungsprofil &lt;name&gt; verbinden.</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="36"/>
        <source>Do not show the first-run chooser (also: the environment variable COMMERCEDESK_NO_FIRST_RUN).</source>
        <translation>Die Auswahl beim ersten Start nicht anzeigen (alternativ: Umgebungsvariable COMMERCEDESK_NO_FIRST_RUN).</translation>
    </message>
</context>
<context>
    <name>CheckoutSummary</name>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="32"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="44"/>
        <source>Shipping (%1)</source>
        <translation>Versand (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="46"/>
        <source>Net total</source>
        <translation>Nettosumme</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="53"/>
        <source>Tax %1 (%2)</source>
        <translation>Steuer %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="54"/>
        <source>Tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="58"/>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="61"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="59"/>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="62"/>
        <source>Total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="61"/>
        <source>not calculated yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="91"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="92"/>
        <source>Delivery</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="93"/>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="110"/>
        <source>Ship to: %1</source>
        <translation>Lieferadresse: %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="94"/>
        <source>Bill to: %1</source>
        <translation>Rechnungsadresse: %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="96"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="97"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="104"/>
        <source>Thank you — your order is placed.</source>
        <translation>Vielen Dank — Ihre Bestellung wurde aufgegeben.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="105"/>
        <source>Order number: %1</source>
        <translation>Bestellnummer: %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="106"/>
        <source>Order reference: %1</source>
        <translation>Bestellreferenz: %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="109"/>
        <source>Purchase order: %1</source>
        <translation>PO-Nummer: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="67"/>
        <source>Embedded sandbox</source>
        <translation>Eingebettete Sandbox</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="86"/>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="88"/>
        <source>The profile name must not contain &apos;/&apos;.</source>
        <translation>Der Profilname darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="92"/>
        <source>Enter the sandbox URL, for example http://192.168.1.20:8080.</source>
        <translation>Geben Sie die Sandbox-URL ein, zum Beispiel http://192.168.1.20:8080.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="95"/>
        <source>Enter the auth URL.</source>
        <translation>Geben Sie die Auth-URL ein.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="97"/>
        <source>Enter the API URL.</source>
        <translation>Geben Sie die API-URL ein.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="101"/>
        <source>Public regions are reached over HTTPS only.</source>
        <translation>Öffentliche Regionen sind nur über HTTPS erreichbar.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="103"/>
        <source>Enter the project key.</source>
        <translation>Geben Sie den Projektschlüssel ein.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="105"/>
        <source>Enter the storefront client ID.</source>
        <translation>Geben Sie die Shop-Client-ID ein.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="107"/>
        <source>Enter the merchant client ID.</source>
        <translation>Geben Sie die Händler-Client-ID ein.</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="11"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="13"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="15"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="17"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="19"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="21"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="23"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="25"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="27"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="29"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="31"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="79"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="79"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="80"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="80"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="81"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="81"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="82"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="82"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="83"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="83"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="84"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="84"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="85"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="85"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="86"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="130"/>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="132"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="134"/>
        <source>VAT id: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="136"/>
        <source>Tax number: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="170"/>
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="172"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="213"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="173"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="174"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="214"/>
        <source>Purchase order</source>
        <translation>PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="176"/>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="178"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="178"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="222"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="178"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="223"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="190"/>
        <source>Shipping method: %1</source>
        <translation>Versandart: %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="207"/>
        <source>Your VAT id: %1</source>
        <translation>Ihre USt-IdNr.: %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="209"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="210"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="211"/>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="212"/>
        <source>Delivery date</source>
        <translation>Lieferdatum</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="215"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="217"/>
        <source>Delivered to</source>
        <translation>Geliefert an</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="221"/>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="224"/>
        <source>Unit net</source>
        <translation>Einzelpreis netto</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="225"/>
        <source>Tax rate</source>
        <translation>USt-Satz</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="226"/>
        <source>Net amount</source>
        <translation>Nettobetrag</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="242"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="250"/>
        <source>Shipping (%1)</source>
        <translation>Versand (%1)</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="284"/>
        <source>Reverse charge: the recipient accounts for the VAT.</source>
        <translation>Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="285"/>
        <source>Tax-exempt intra-Community supply (Art. 138 of Council Directive 2006/112/EC). Supplier VAT id %1, recipient VAT id %2.</source>
        <translation>Steuerfreie innergemeinschaftliche Lieferung (Art. 138 der Richtlinie 2006/112/EG). USt-IdNr. des Lieferers %1, USt-IdNr. des Leistungsempfängers %2.</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="341"/>
        <source>Net amount at %1</source>
        <translation>Nettobetrag zu %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="342"/>
        <source>VAT %1</source>
        <translation>USt. %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="347"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="353"/>
        <source>Total net</source>
        <translation>Summe netto</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="348"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="354"/>
        <source>Total VAT</source>
        <translation>Summe USt.</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="350"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="355"/>
        <source>Total due (%1)</source>
        <translation>Rechnungsbetrag (%1)</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="364"/>
        <source>Payable immediately without deduction.</source>
        <translation>Zahlbar sofort ohne Abzug.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/merchant/DocumentHtml.cpp" line="365"/>
        <source>Payable within %n day(s) without deduction, by %1.</source>
        <translation>
            <numerusform>Zahlbar innerhalb von %n Tag ohne Abzug, bis %1.</numerusform>
            <numerusform>Zahlbar innerhalb von %n Tagen ohne Abzug, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="369"/>
        <source>Bank transfer to %1, IBAN %2</source>
        <translation>Überweisung an %1, IBAN %2</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="372"/>
        <source>Please quote invoice number %1 with your payment.</source>
        <translation>Bitte geben Sie bei der Zahlung die Rechnungsnummer %1 an.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../src/merchant/DocumentPrinter.cpp" line="70"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentPrinter.cpp" line="70"/>
        <source>Packing slip</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentPrinter.cpp" line="105"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
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
        <location filename="../src/app/ErrorPresenter.cpp" line="46"/>
        <location filename="../src/app/ErrorPresenter.cpp" line="51"/>
        <source>The API client id or secret was not accepted.</source>
        <translation>Die Client-ID oder das Client-Secret des API-Clients wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="48"/>
        <source>The API client is not allowed the permissions CommerceDesk asked for.</source>
        <translation>Der API-Client hat nicht die Berechtigungen, die CommerceDesk angefordert hat.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="49"/>
        <source>The server did not accept the request: %1</source>
        <translation>Der Server hat die Anfrage nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="52"/>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="54"/>
        <source>This API client is not allowed to do that.</source>
        <translation>Dieser API-Client darf das nicht.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="56"/>
        <source>It no longer exists on the server.</source>
        <translation>Es existiert auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="58"/>
        <source>Someone else changed it in the meantime. Reload and try again.</source>
        <translation>Jemand anderes hat es inzwischen geändert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="60"/>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war zu groß für den Server.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="64"/>
        <source>The server is busy or unavailable. Try again in a moment.</source>
        <translation>Der Server ist ausgelastet oder nicht verfügbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="67"/>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="68"/>
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="76"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="78"/>
        <source>The email address or password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="80"/>
        <source>Sign in to do that.</source>
        <translation>Melden Sie sich an, um das zu tun.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="82"/>
        <source>Your role in this business unit does not allow that. Ask an administrator of the unit.</source>
        <translation>Ihre Rolle in dieser Geschäftseinheit erlaubt das nicht. Wenden Sie sich an einen Administrator der Einheit.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="84"/>
        <source>The card payment was not approved. Use another card or try again.</source>
        <translation>Die Kartenzahlung wurde nicht genehmigt. Verwenden Sie eine andere Karte oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="86"/>
        <source>The card payment does not match this cart any more (its total changed). Pay again.</source>
        <translation>Die Kartenzahlung passt nicht mehr zu diesem Warenkorb (sein Gesamtbetrag hat sich geändert). Bezahlen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="88"/>
        <source>The card payment was not found at the payment provider. Pay again.</source>
        <translation>Die Kartenzahlung wurde beim Zahlungsdienstleister nicht gefunden. Bezahlen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="90"/>
        <source>Card payments are not available right now. Try again in a moment.</source>
        <translation>Kartenzahlungen sind gerade nicht möglich. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="92"/>
        <source>This cart has already been ordered. Your order history shows the order.</source>
        <translation>Dieser Warenkorb wurde bereits bestellt. Die Bestellung finden Sie in Ihrem Bestellverlauf.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="94"/>
        <source>There is no cart to continue with. Add an item to start a new one.</source>
        <translation>Es gibt keinen Warenkorb, mit dem Sie fortfahren können. Legen Sie einen Artikel hinein, um einen neuen zu beginnen.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="96"/>
        <source>The shop does not allow this change from the storefront.</source>
        <translation>Der Shop lässt diese Änderung über die Storefront nicht zu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ErrorPresenter.cpp" line="99"/>
        <source>Too many requests in a short time. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Zu viele Anfragen in kurzer Zeit. Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Zu viele Anfragen in kurzer Zeit. Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="101"/>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="104"/>
        <source>The shop could not record the sign-out. Try again.</source>
        <translation>Der Shop konnte die Abmeldung nicht speichern. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="106"/>
        <source>The shop&apos;s commerce platform is busy or unavailable. Try again in a moment.</source>
        <translation>Die Commerce-Plattform des Shops ist ausgelastet oder nicht erreichbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="108"/>
        <source>The shop&apos;s commerce platform refused the shop&apos;s own request; the shop&apos;s setup needs attention.</source>
        <translation>Die Commerce-Plattform hat eine Anfrage des Shops selbst abgelehnt; die Einrichtung des Shops muss geprüft werden.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="111"/>
        <source>An account with this email address already exists. Sign in instead.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen an.</translation>
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
        <location filename="../ui/MerchantPane.ui" line="13"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>MerchantTexts</name>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="16"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="18"/>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="20"/>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="22"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="24"/>
        <source>Set shipment to %1</source>
        <translation>Versandstatus auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="26"/>
        <source>Set payment to %1</source>
        <translation>Zahlungsstatus auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="28"/>
        <source>Add delivery</source>
        <translation>Lieferung hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="30"/>
        <source>Set tracking</source>
        <translation>Sendungsverfolgung festlegen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="32"/>
        <source>Record return</source>
        <translation>Rücksendung erfassen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="34"/>
        <source>Set returned items to %1</source>
        <translation>Zurückgesandte Artikel auf „%1“ setzen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="37"/>
        <source>Set refund of returned items to %1</source>
        <translation>Erstattung zurückgesandter Artikel auf „%1“ setzen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="52"/>
        <source>Nothing to do: the order already is in that state.</source>
        <translation>Nichts zu tun: Die Bestellung ist bereits in diesem Status.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="54"/>
        <source>Not applied: the order is %1 and does not go back to an earlier state.</source>
        <translation>Nicht ausgeführt: Die Bestellung ist %1 und geht nicht in einen früheren Status zurück.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="56"/>
        <source>Not applied: the order is %1; its state no longer changes.</source>
        <translation>Nicht ausgeführt: Die Bestellung ist %1; ihr Status ändert sich nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="58"/>
        <source>Not applied: “%1” would move the shipment backwards.</source>
        <translation>Nicht ausgeführt: „%1“ würde den Versand zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="61"/>
        <source>Not applied: confirm the order before it is shipped or delivered.</source>
        <translation>Nicht ausgeführt: Bestätigen Sie die Bestellung, bevor sie versendet oder zugestellt wird.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="73"/>
        <source>Already in that state</source>
        <translation>Bereits in diesem Status</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="75"/>
        <source>Would go back to an earlier state</source>
        <translation>Würde in einen früheren Status zurückgehen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="77"/>
        <source>The order&apos;s state no longer changes</source>
        <translation>Der Status der Bestellung ändert sich nicht mehr</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="79"/>
        <source>Would move the shipment backwards</source>
        <translation>Würde den Versand zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="81"/>
        <source>The order is not confirmed yet</source>
        <translation>Die Bestellung ist noch nicht bestätigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="88"/>
        <source>%1: %n of the selected orders will be changed.</source>
        <translation>
            <numerusform>%1: %n der ausgewählten Bestellungen wird geändert.</numerusform>
            <numerusform>%1: %n der ausgewählten Bestellungen werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="91"/>
        <source>%n order(s) will be skipped:</source>
        <translation>
            <numerusform>%n Bestellung wird übersprungen:</numerusform>
            <numerusform>%n Bestellungen werden übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="93"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="96"/>
        <source>The buyers are not refunded automatically.</source>
        <translation>Die Käufer erhalten keine automatische Erstattung.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="102"/>
        <source>This API client may not change orders (it lacks the scope manage_orders).</source>
        <translation>Dieser API-Client darf keine Bestellungen ändern (ihm fehlt der Scope manage_orders).</translation>
    </message>
</context>
<context>
    <name>OrderActionsBar</name>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="11"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="11"/>
        <source>Confirm the selected orders (C)</source>
        <translation>Ausgewählte Bestellungen bestätigen (C)</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="12"/>
        <source>Co&amp;mplete</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="12"/>
        <source>Complete the selected orders (M)</source>
        <translation>Ausgewählte Bestellungen abschließen (M)</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="13"/>
        <source>Cancel order…</source>
        <translation>Bestellung stornieren…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="13"/>
        <source>Cancel the selected orders (X)</source>
        <translation>Ausgewählte Bestellungen stornieren (X)</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="14"/>
        <source>Shipment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="15"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="16"/>
        <source>Add delivery…</source>
        <translation>Lieferung hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="16"/>
        <source>Add a delivery with tracking (D)</source>
        <translation>Lieferung mit Sendungsverfolgung hinzufügen (D)</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="17"/>
        <source>Record return…</source>
        <translation>Rücksendung erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="17"/>
        <source>Record items the buyer sent back, then refund their value</source>
        <translation>Vom Käufer zurückgesandte Artikel erfassen und ihren Wert erstatten</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="18"/>
        <source>Capture…</source>
        <translation>Einziehen…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="24"/>
        <source>Live updates</source>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="25"/>
        <source>Notify new orders</source>
        <translation>Über neue Bestellungen benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="26"/>
        <source>Capture on shipment</source>
        <translation>Bei Versand einziehen</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="28"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="29"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="30"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="12"/>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="14"/>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="15"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="20"/>
        <source>Search order number, PO, e-mail, name or SKU  (/)</source>
        <translation>Bestellnr., PO, E-Mail, Name oder SKU suchen  (/)</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="25"/>
        <source>Not yet in OMS</source>
        <translation>Noch nicht im OMS</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="26"/>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="35"/>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="37"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="39"/>
        <source>Store key</source>
        <translation>Store-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="40"/>
        <source>Business unit key</source>
        <translation>Schlüssel der Geschäftseinheit</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="41"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="42"/>
        <source>Min total</source>
        <translation>Min. Betrag</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="43"/>
        <source>Max total</source>
        <translation>Max. Betrag</translation>
    </message>
</context>
<context>
    <name>PaymentTexts</name>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="13"/>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="15"/>
        <source>Authorization released</source>
        <translation>Autorisierung freigegeben</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="17"/>
        <source>Capture</source>
        <translation>Einzug</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="19"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="21"/>
        <source>Chargeback</source>
        <translation>Rückbuchung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="30"/>
        <source>Initial</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="32"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="34"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="36"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="46"/>
        <source>Capture of %1</source>
        <translation>Einzug von %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="48"/>
        <source>Refund of %1</source>
        <translation>Erstattung von %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="50"/>
        <source>Release of the authorization</source>
        <translation>Freigabe der Autorisierung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="52"/>
        <source>Reversal</source>
        <translation>Storno</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="64"/>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="67"/>
        <source>%1: refused by the payment provider; no money moved.</source>
        <translation>%1: vom Zahlungsanbieter abgelehnt; es wurde kein Geld bewegt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="72"/>
        <source>%1: the answer was lost. The payment was read again: the operation is still pending at the payment provider. Complete sends it again; it is carried out only once.</source>
        <translation>%1: Die Antwort ging verloren. Die Zahlung wurde neu gelesen: Der Vorgang steht beim Zahlungsanbieter noch aus. „Abschließen“ sendet ihn erneut; er wird nur einmal ausgeführt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="75"/>
        <source>%1: the payment provider has not confirmed it yet. Complete asks again; it is carried out only once.</source>
        <translation>%1: Der Zahlungsanbieter hat den Vorgang noch nicht bestätigt. „Abschließen“ fragt erneut; er wird nur einmal ausgeführt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="81"/>
        <source>%1: another operation on this payment is in progress — reloaded.</source>
        <translation>%1: Ein anderer Vorgang dieser Zahlung läuft gerade — neu geladen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="83"/>
        <source>%1: the answer was lost (%2). The payment was read again and shows no pending operation: check the timeline before trying again.</source>
        <translation>%1: Die Antwort ging verloren (%2). Die Zahlung wurde neu gelesen und zeigt keinen ausstehenden Vorgang: Prüfen Sie den Verlauf, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="87"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="92"/>
        <source>Order payment state: %1.</source>
        <translation>Zahlungsstatus der Bestellung: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="95"/>
        <source>The order&apos;s payment state could not be set: %1</source>
        <translation>Der Zahlungsstatus der Bestellung konnte nicht gesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderRules</name>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="34"/>
        <source>3 to 30 letters, digits or - _ . /, starting with a letter or digit</source>
        <translation>3 bis 30 Buchstaben, Ziffern oder - _ . /, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="43"/>
        <source>A purchase-order number is required.</source>
        <translation>Eine PO-Nummer ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="45"/>
        <source>The purchase-order number is too long (at most %1 characters).</source>
        <translation>Die PO-Nummer ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="47"/>
        <source>The purchase-order number does not have the required format: %1.</source>
        <translation>Die PO-Nummer hat nicht das erforderliche Format: %1.</translation>
    </message>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="49"/>
        <source>The purchase-order format is misconfigured; please contact your administrator.</source>
        <translation>Das Format für PO-Nummern ist falsch konfiguriert; bitte wenden Sie sich an Ihren Administrator.</translation>
    </message>
</context>
<context>
    <name>ReturnStateTexts</name>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="10"/>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="12"/>
        <source>Returned</source>
        <translation>Zurückgesandt</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="14"/>
        <source>Back in stock</source>
        <translation>Wieder auf Lager</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="16"/>
        <source>Unusable</source>
        <translation>Unbrauchbar</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="25"/>
        <source>Not refundable</source>
        <translation>Nicht erstattbar</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="27"/>
        <source>Refund open</source>
        <translation>Erstattung offen</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="29"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="31"/>
        <source>Not refunded</source>
        <translation>Nicht erstattet</translation>
    </message>
</context>
<context>
    <name>SellerDetails</name>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="133"/>
        <source>The country must be a two-letter code such as DE or FR.</source>
        <translation>Das Land muss ein zweibuchstabiger Code wie DE oder FR sein.</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="136"/>
        <source>The VAT id does not have the shape of an EU VAT id for its country prefix (for example DE123456789).</source>
        <translation>Die USt-IdNr. hat nicht die Form einer EU-USt-IdNr. für ihr Länderkürzel (zum Beispiel DE123456789).</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="139"/>
        <source>The IBAN is not valid: check the digits (its checksum does not match).</source>
        <translation>Die IBAN ist ungültig: Bitte die Ziffern prüfen (die Prüfsumme stimmt nicht).</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="141"/>
        <source>The BIC must have 8 or 11 letters and digits (for example COBADEFFXXX).</source>
        <translation>Die BIC muss 8 oder 11 Buchstaben und Ziffern haben (zum Beispiel COBADEFFXXX).</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="143"/>
        <source>The e-mail address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="145"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="153"/>
        <source>Legal name</source>
        <translation>Firmenname (rechtlich)</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="155"/>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="157"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="159"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="161"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="163"/>
        <source>VAT id or tax number</source>
        <translation>USt-IdNr. oder Steuernummer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="7"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="11"/>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="18"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="19"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="26"/>
        <source>The embedded sandbox runs inside CommerceDesk on this computer. It needs no set-up: its API clients are provisioned automatically.</source>
        <translation>Die eingebettete Sandbox läuft in CommerceDesk auf diesem Computer. Sie muss nicht eingerichtet werden: Ihre API-Clients werden automatisch bereitgestellt.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="31"/>
        <source>&amp;Connect to:</source>
        <translation>&amp;Verbinden mit:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="33"/>
        <source>Sandbox &amp;URL:</source>
        <translation>Sandbox-&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="34"/>
        <source>http://127.0.0.1:8080</source>
        <translation>http://127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="35"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="37"/>
        <source>&amp;Auth URL:</source>
        <translation>&amp;Auth-URL:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="39"/>
        <source>A&amp;PI URL:</source>
        <translation>A&amp;PI-URL:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="41"/>
        <source>Pro&amp;ject key:</source>
        <translation>Pro&amp;jektschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="43"/>
        <source>&amp;Storefront client ID:</source>
        <translation>&amp;Shop-Client-ID:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="45"/>
        <source>Storefront client s&amp;ecret:</source>
        <translation>Shop-&amp;Client-Secret:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="46"/>
        <location filename="../ui/SettingsDialog.ui" line="50"/>
        <source>Kept in the system keychain</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="47"/>
        <source>&amp;Merchant client ID:</source>
        <translation>Hän&amp;dler-Client-ID:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="49"/>
        <source>Merchant client se&amp;cret:</source>
        <translation>Händler-C&amp;lient-Secret:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="56"/>
        <source>Sa&amp;ve profile</source>
        <translation>Pr&amp;ofil speichern</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="57"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="58"/>
        <source>&amp;Use this profile</source>
        <translation>Dieses Profil ver&amp;wenden</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="70"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>&amp;Language:</source>
        <translation>Sprac&amp;he:</translation>
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
        <location filename="../ui/StorefrontPane.ui" line="38"/>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="39"/>
        <source>Search products by name, description or SKU…</source>
        <translation>Produkte nach Name, Beschreibung oder SKU suchen…</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="49"/>
        <source>S&amp;ort:</source>
        <translation>S&amp;ortierung:</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="55"/>
        <source>Sort products by</source>
        <translation>Produkte sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="60"/>
        <source>&amp;List</source>
        <translation>L&amp;iste</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="61"/>
        <source>Show the products as a list (Ctrl+Shift+L)</source>
        <translation>Produkte als Liste anzeigen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="68"/>
        <source>&amp;Grid</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="69"/>
        <source>Show the products as a grid of pictures (Ctrl+Shift+G)</source>
        <translation>Produkte als Bildergalerie anzeigen (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="110"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="131"/>
        <source>Products (grid)</source>
        <translation>Produkte (Galerie)</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="150"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="156"/>
        <source>Quantity to add</source>
        <translation>Hinzuzufügende Menge</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="163"/>
        <source>&amp;Add to cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="164"/>
        <source>Add the selected product to the cart (Ctrl+Return); Return opens its details</source>
        <translation>Ausgewähltes Produkt in den Warenkorb legen (Strg+Eingabe); Eingabe öffnet die Produktdetails</translation>
    </message>
</context>
<context>
    <name>VariantText</name>
    <message>
        <location filename="../src/models/VariantText.cpp" line="16"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="18"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="20"/>
        <source>Pack</source>
        <translation>Packung</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="22"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="29"/>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="30"/>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="31"/>
        <source>Navy</source>
        <translation>Marineblau</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="32"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="33"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="34"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="35"/>
        <source>Sand</source>
        <translation>Sand</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="36"/>
        <source>Oak</source>
        <translation>Eiche</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="84"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="90"/>
        <source>SKU %1</source>
        <translation>Artikelnr. %1</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="98"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::AddDeliveryDialog</name>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="23"/>
        <source>Add delivery — %1</source>
        <translation>Lieferung hinzufügen — %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="29"/>
        <source>All items of the order go into one parcel.</source>
        <translation>Alle Artikel der Bestellung kommen in ein Paket.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="34"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="35"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="44"/>
        <source>Capture on shipment is on: the rest of the order&apos;s card payment is captured once this delivery is added.</source>
        <translation>„Bei Versand einziehen“ ist an: Der Rest der Kartenzahlung der Bestellung wird eingezogen, sobald diese Lieferung hinzugefügt ist.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::AddressForm</name>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="104"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="104"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="104"/>
        <source>Compan&amp;y:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="109"/>
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="110"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="105"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="105"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="105"/>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="106"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="106"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="122"/>
        <source>Choose…</source>
        <translation>Bitte wählen…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="127"/>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vinz:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="127"/>
        <source>Sta&amp;te:</source>
        <translation>Bundes&amp;staat:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="130"/>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="190"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="192"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="194"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="196"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="198"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="200"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="202"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="204"/>
        <source>State</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="204"/>
        <source>Province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="216"/>
        <source>%1 is required.</source>
        <translation>%1 ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="218"/>
        <source>Postal code does not match the format of %1 (e.g. %2).</source>
        <translation>Die Postleitzahl passt nicht zum Format für %1 (z. B. %2).</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="221"/>
        <source>E-mail is not a valid address (e.g. name@example.com).</source>
        <translation>Die E-Mail-Adresse ist ungültig (z. B. name@example.com).</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="223"/>
        <source>%1 is not valid for this country.</source>
        <translation>%1 ist für dieses Land ungültig.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::Backend</name>
    <message>
        <location filename="../src/app/Backend.cpp" line="145"/>
        <source>The backend offers no merchant API client.</source>
        <translation>Das Backend bietet keinen Händler-API-Client.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::BackendSwitch</name>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="32"/>
        <source>merchant client</source>
        <translation>Händler-Client</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="33"/>
        <source>storefront client</source>
        <translation>Shop-Client</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="41"/>
        <source>No secret is stored for the %1 of the profile &quot;%2&quot;. Enter it in the settings and save the profile.</source>
        <translation>Für den %1 des Profils „%2“ ist kein Secret gespeichert. Geben Sie es in den Einstellungen ein und speichern Sie das Profil.</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="45"/>
        <source>No system keychain (Secret Service) is available, so the secret of the %1 of the profile &quot;%2&quot; cannot be read. Enter it in the settings to keep it for this run only.</source>
        <translation>Es ist kein Schlüsselbund des Systems (Secret Service) verfügbar, daher kann das Secret für den %1 des Profils „%2“ nicht gelesen werden. Geben Sie es in den Einstellungen ein, um es nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="50"/>
        <source>The secret of the %1 could not be read from the system keychain: %2</source>
        <translation>Das Secret für den %1 konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="141"/>
        <source>The profile &quot;%1&quot; is incomplete:
%2</source>
        <translation>Das Profil „%1“ ist unvollständig:
%2</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="146"/>
        <source>No secret store is available for the profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ ist kein Speicher für Secrets verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="170"/>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Die eingebettete Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="199"/>
        <source>The embedded sandbox has no storefront API client.</source>
        <translation>Die eingebettete Sandbox hat keinen Storefront-API-Client.</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="228"/>
        <source>The embedded orchestrator could not start: %1</source>
        <translation>Der eingebettete Orchestrator konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="325"/>
        <source>CommerceDesk cannot connect with the profile &quot;%1&quot;:
%2</source>
        <translation>CommerceDesk kann mit dem Profil „%1“ keine Verbindung herstellen:
%2</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="350"/>
        <source>Embedded sandbox · project %1 · %2</source>
        <translation>Eingebettete Sandbox · Projekt %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="354"/>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="354"/>
        <source>commercetools</source>
        <translation>commercetools</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="355"/>
        <source>%1 (%2) · project %3 · %4</source>
        <translation>%1 (%2) · Projekt %3 · %4</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::BulkProgressDialog</name>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="25"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="27"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="29"/>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="31"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="33"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="35"/>
        <source>Nothing to capture</source>
        <translation>Nichts einzuziehen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="49"/>
        <source>The payment provider declined the capture.</source>
        <translation>Der Zahlungsdienstleister hat den Einzug abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="51"/>
        <source>Another operation on the payment still waits for the payment provider.</source>
        <translation>Ein anderer Vorgang dieser Zahlung wartet noch auf den Zahlungsdienstleister.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="53"/>
        <source>The capture is still pending at the payment provider; capture again to complete it.</source>
        <translation>Der Einzug ist beim Zahlungsdienstleister noch ausstehend; ziehen Sie erneut ein, um ihn abzuschließen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="55"/>
        <source>No authorized amount is left to capture.</source>
        <translation>Es ist kein autorisierter Betrag mehr einzuziehen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="57"/>
        <source>Captured %1.</source>
        <translation>%1 eingezogen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="89"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="90"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="88"/>
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n Bestellung</numerusform>
            <numerusform>%1 — %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="152"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="91"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="91"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="91"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="161"/>
        <source>%1 applied, %2 skipped, %3 not applied.</source>
        <translation>%1 ausgeführt, %2 übersprungen, %3 nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::BuyerBar</name>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="64"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="65"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="66"/>
        <source>&amp;My orders</source>
        <translation>Meine &amp;Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="59"/>
        <source>Buying as</source>
        <translation>Einkauf als</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="60"/>
        <source>Personal (B2C)</source>
        <translation>Privat (B2C)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="61"/>
        <source>Business (B2B)</source>
        <translation>Geschäftlich (B2B)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="62"/>
        <source>Country and currency</source>
        <translation>Land und Währung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="112"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="63"/>
        <source>Business unit</source>
        <translation>Geschäftseinheit</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="67"/>
        <source>Your order history, with detail and reorder</source>
        <translation>Ihr Bestellverlauf mit Details und der Möglichkeit, erneut zu bestellen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="68"/>
        <source>&amp;Buying as:</source>
        <translation>&amp;Kaufen als:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="69"/>
        <source>&amp;Ship to:</source>
        <translation>&amp;Lieferland:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="134"/>
        <source>Change the market?</source>
        <translation>Markt wechseln?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/storefront/BuyerBar.cpp" line="135"/>
        <source>Your cart holds %n item(s) priced in %1. Ship to %2 instead? The items move to a new cart in %3, at that market&apos;s prices.</source>
        <translation>
            <numerusform>Ihr Warenkorb enthält %n Artikel in %1. Stattdessen nach %2 liefern? Der Artikel wandert in einen neuen Warenkorb in %3, zu den Preisen dieses Markts.</numerusform>
            <numerusform>Ihr Warenkorb enthält %n Artikel in %1. Stattdessen nach %2 liefern? Die Artikel wandern in einen neuen Warenkorb in %3, zu den Preisen dieses Markts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="142"/>
        <source>&amp;Move items</source>
        <translation>Artikel &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="144"/>
        <source>&amp;Keep current market</source>
        <translation>Aktuellen Markt &amp;behalten</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="178"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="178"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="188"/>
        <source>Your role: %1</source>
        <translation>Ihre Rolle: %1</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::CardFormWidget</name>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="34"/>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="58"/>
        <source>Card &amp;number:</source>
        <translation>Karten&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="64"/>
        <source>Security &amp;code:</source>
        <translation>&amp;Sicherheitscode:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="71"/>
        <source>E&amp;xpiry:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="75"/>
        <source>Name on &amp;card:</source>
        <translation>Name auf der &amp;Karte:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="147"/>
        <source>Card brand not recognised</source>
        <translation>Kartenmarke nicht erkannt</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::CartPanel</name>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="53"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="54"/>
        <source>Chec&amp;kout…</source>
        <translation>Zur &amp;Kasse…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="52"/>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="102"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="103"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="104"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="105"/>
        <source>Total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="150"/>
        <source>Prices changed since you added: %1. The cart shows the current prices.</source>
        <translation>Preise haben sich seit dem Hinzufügen geändert: %1. Der Warenkorb zeigt die aktuellen Preise.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="155"/>
        <source>The cart was changed elsewhere; it was reloaded and your change applied.</source>
        <translation>Der Warenkorb wurde an anderer Stelle geändert; er wurde neu geladen und Ihre Änderung übernommen.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="170"/>
        <source>Your cart is empty</source>
        <translation>Ihr Warenkorb ist leer</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="183"/>
        <source>at checkout</source>
        <translation>an der Kasse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="187"/>
        <source>after the address</source>
        <translation>nach Adresseingabe</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ChallengeDialog</name>
    <message>
        <location filename="../src/app/storefront/ChallengeDialog.cpp" line="21"/>
        <source>Confirm your payment</source>
        <translation>Bestätigen Sie Ihre Zahlung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ChallengeDialog.cpp" line="23"/>
        <source>Your card issuer asks you to confirm this payment. Enter the code it sent you.</source>
        <translation>Ihr Kartenaussteller bittet Sie, diese Zahlung zu bestätigen. Geben Sie den Code ein, den er Ihnen gesendet hat.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ChallengeDialog.cpp" line="29"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ChallengeDialog.cpp" line="33"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::CheckoutView</name>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="93"/>
        <source>The card was declined: insufficient funds. Please use another card.</source>
        <translation>Die Karte wurde abgelehnt: Deckung nicht ausreichend. Bitte verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="95"/>
        <source>The card was declined because it has expired. Please use another card.</source>
        <translation>Die Karte wurde abgelehnt, da sie abgelaufen ist. Bitte verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="97"/>
        <source>The payment could not be confirmed with your card issuer. Please try again or use another card.</source>
        <translation>Die Zahlung konnte bei Ihrem Kartenaussteller nicht bestätigt werden. Bitte versuchen Sie es erneut oder verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="100"/>
        <source>The card was declined by its issuer. Please use another card.</source>
        <translation>Die Karte wurde von ihrem Aussteller abgelehnt. Bitte verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="114"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="116"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="129"/>
        <source>1 Address</source>
        <translation>1 Adresse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="129"/>
        <source>2 Shipping</source>
        <translation>2 Versand</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="129"/>
        <source>3 Payment</source>
        <translation>3 Zahlung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="129"/>
        <source>4 Review</source>
        <translation>4 Prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="130"/>
        <source>5 Confirmation</source>
        <translation>5 Bestätigung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="159"/>
        <source>Back to &amp;catalog</source>
        <translation>Zurück zum &amp;Katalog</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="206"/>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="210"/>
        <source>Sa&amp;ved addresses:</source>
        <translation>Gespeicherte &amp;Adressen:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="228"/>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="230"/>
        <source>&amp;Same as the shipping address</source>
        <translation>&amp;Identisch mit der Lieferadresse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="242"/>
        <source>Continue to &amp;shipping</source>
        <translation>Weiter zum &amp;Versand</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="252"/>
        <source>Where should we deliver?</source>
        <translation>Wohin sollen wir liefern?</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="261"/>
        <source>Shipping methods</source>
        <translation>Versandarten</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="267"/>
        <source>Shipping &amp;method:</source>
        <translation>&amp;Versandart:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="273"/>
        <source>Continue to &amp;payment</source>
        <translation>Weiter zur Za&amp;hlung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="277"/>
        <source>Please choose a shipping method.</source>
        <translation>Bitte wählen Sie eine Versandart.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="285"/>
        <source>How should it be shipped?</source>
        <translation>Wie soll versendet werden?</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="292"/>
        <source>Credit or debit &amp;card</source>
        <translation>Kredit- oder &amp;Debitkarte</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="294"/>
        <source>&amp;Purchase order (pay by invoice)</source>
        <translation>&amp;Bestellung mit PO-Nummer (Kauf auf Rechnung)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="300"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="305"/>
        <source>Your card goes only to the payment gateway; the shop never stores it.</source>
        <translation>Ihre Kartendaten gehen nur an den Zahlungsdienstleister; der Shop speichert sie nie.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="310"/>
        <source>Purchase order</source>
        <translation>Bestellung mit PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="319"/>
        <source>PO &amp;number:</source>
        <translation>PO-&amp;Nummer:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="321"/>
        <source>Invoice &amp;memo:</source>
        <translation>Rechnungs&amp;vermerk:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="334"/>
        <source>Continue to &amp;review</source>
        <translation>Weiter zur &amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="338"/>
        <source>How would you like to pay?</source>
        <translation>Wie möchten Sie bezahlen?</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="353"/>
        <source>&amp;Place order</source>
        <translation>Zahlungspflichtig &amp;bestellen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="360"/>
        <source>Check your order</source>
        <translation>Prüfen Sie Ihre Bestellung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="371"/>
        <source>Continue &amp;shopping</source>
        <translation>&amp;Weiter einkaufen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="374"/>
        <source>Order confirmation</source>
        <translation>Bestellbestätigung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="396"/>
        <source>Please complete the card details.</source>
        <translation>Bitte vervollständigen Sie die Kartendaten.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="418"/>
        <source>Tax could not be calculated right now, so the checkout cannot continue. Your cart and address are kept; please retry in a moment.
%1</source>
        <translation>Die Steuer kann gerade nicht berechnet werden, daher kann der Kassenvorgang nicht fortgesetzt werden. Ihr Warenkorb und Ihre Adresse bleiben erhalten; bitte versuchen Sie es gleich noch einmal.
%1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="431"/>
        <source>Note: your company already used purchase order %1 for another order.</source>
        <translation>Hinweis: Ihr Unternehmen hat die PO-Nummer %1 bereits für eine andere Bestellung verwendet.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="438"/>
        <source>The order total changed, so the earlier card authorization was released. Please enter your card details again.</source>
        <translation>Der Bestellbetrag hat sich geändert, daher wurde die frühere Kartenautorisierung freigegeben. Bitte geben Sie Ihre Kartendaten erneut ein.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="462"/>
        <source>Enter a new address</source>
        <translation>Neue Adresse eingeben</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="554"/>
        <source>Purchase order %1 — invoice</source>
        <translation>PO-Nummer %1 — Kauf auf Rechnung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="557"/>
        <source>%1 %2, expires %3/%4</source>
        <translation>%1 %2, gültig bis %3/%4</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="539"/>
        <source>%1 tax: %2</source>
        <translation>Steuer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="541"/>
        <source>Tax calculated for your address: %1</source>
        <translation>Für Ihre Adresse berechnete Steuer: %1</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::Composition</name>
    <message>
        <location filename="../src/app/Composition.cpp" line="38"/>
        <source>There is no connection profile named &quot;%1&quot;. Known profiles: %2
</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“. Bekannte Profile: %2
</translation>
    </message>
    <message>
        <location filename="../src/app/Composition.cpp" line="144"/>
        <source>Not connected yet: enter your project&apos;s details in the settings, save the profile and choose &quot;Use this profile&quot;.</source>
        <translation>Noch nicht verbunden: Geben Sie die Daten Ihres Projekts in den Einstellungen ein, speichern Sie das Profil und wählen Sie „Dieses Profil verwenden“.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ConflictDialog</name>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="21"/>
        <source>Order state</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="23"/>
        <source>Payment state</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="25"/>
        <source>Shipment state</source>
        <translation>Versandstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="27"/>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="29"/>
        <source>OMS sync entries</source>
        <translation>OMS-Synchronisierungseinträge</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="31"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="33"/>
        <source>Total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="35"/>
        <source>PO number</source>
        <translation>PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="37"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="52"/>
        <source>The order changed</source>
        <translation>Die Bestellung wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="53"/>
        <source>Order %1 was changed by someone else while you were looking at it, so &quot;%2&quot; was not applied. This is what changed:</source>
        <translation>Die Bestellung %1 wurde von jemand anderem geändert, während Sie sie angesehen haben, daher wurde „%2“ nicht angewendet. Folgendes hat sich geändert:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="56"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="56"/>
        <source>You saw</source>
        <translation>Ihr Stand</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="56"/>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="76"/>
        <source>Apply again</source>
        <translation>Erneut anwenden</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ConnectionTester</name>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="15"/>
        <source>Merchant client</source>
        <translation>Händler-Client</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="16"/>
        <source>Storefront client</source>
        <translation>Shop-Client</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="32"/>
        <source>%1: the auth server refused the client ID or secret.</source>
        <translation>%1: Der Auth-Server hat die Client-ID oder das Secret abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="34"/>
        <source>%1: the client may not use the requested scopes (%2).</source>
        <translation>%1: Der Client darf die angeforderten Scopes nicht verwenden (%2).</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="129"/>
        <source>%1: connected, but the client lacks these scopes: %2.</source>
        <translation>%1: verbunden, aber dem Client fehlen diese Scopes: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="132"/>
        <source>%1: connected, view only (no manage_orders scope: order actions are hidden).</source>
        <translation>%1: verbunden, nur Lesezugriff (kein Scope manage_orders: Bestellaktionen sind ausgeblendet).</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="135"/>
        <source>%1: connected, all required scopes granted.</source>
        <translation>%1: verbunden, alle erforderlichen Scopes gewährt.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::DeskPrompter</name>
    <message>
        <location filename="../src/app/merchant/DeskPrompter.cpp" line="31"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/DeskPrompter.cpp" line="33"/>
        <source>Don&apos;t</source>
        <translation>Nicht ausführen</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::EmptyListNotice</name>
    <message>
        <location filename="../src/app/merchant/EmptyListNotice.cpp" line="38"/>
        <source>No orders yet. Orders placed in the shop appear here.</source>
        <translation>Noch keine Bestellungen. Im Shop aufgegebene Bestellungen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/EmptyListNotice.cpp" line="40"/>
        <source>No orders match “%1” with these filters.
Search for part of an order number, PO number, e-mail, name or SKU, or clear the search and filters to see every order.</source>
        <translation>Keine Bestellungen passen zu „%1“ mit diesen Filtern.
Suchen Sie nach einem Teil von Bestellnummer, PO-Nummer, E-Mail, Name oder SKU, oder leeren Sie Suche und Filter, um alle Bestellungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/EmptyListNotice.cpp" line="44"/>
        <source>No orders match these filters.
Clear the filters to see every order.</source>
        <translation>Keine Bestellungen passen zu diesen Filtern.
Setzen Sie die Filter zurück, um alle Bestellungen zu sehen.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ExportDialog</name>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="93"/>
        <source>One row per order</source>
        <translation>Eine Zeile pro Bestellung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="94"/>
        <source>One row per line item</source>
        <translation>Eine Zeile pro Bestellposition</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="95"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="96"/>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="210"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="92"/>
        <source>Export orders to CSV</source>
        <translation>Bestellungen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="97"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="66"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="75"/>
        <source>The export uses the current filters and does not hold all orders in memory.</source>
        <translation>Der Export verwendet die aktuellen Filter und hält nicht alle Bestellungen im Speicher.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="98"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="99"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="100"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="125"/>
        <source>%1 orders, %2 rows written…</source>
        <translation>%1 Bestellungen, %2 Zeilen geschrieben…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="132"/>
        <source>Exported %1 orders (%2 rows).</source>
        <translation>%1 Bestellungen exportiert (%2 Zeilen).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="138"/>
        <source>The export failed; the file was removed.</source>
        <translation>Der Export ist fehlgeschlagen; die Datei wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="141"/>
        <source>Export cancelled; the file was removed.</source>
        <translation>Export abgebrochen; die Datei wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="189"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="96"/>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="193"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::FacetPanel</name>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="74"/>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="205"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="73"/>
        <source>Clear filt&amp;ers</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="70"/>
        <source>&amp;Categories</source>
        <translation>Ka&amp;tegorien</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="71"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="72"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="75"/>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="93"/>
        <source>Collection</source>
        <translation>Produktlinie</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="95"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="97"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="99"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="101"/>
        <source>Diameter</source>
        <translation>Durchmesser</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="103"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="105"/>
        <source>Pack size</source>
        <translation>Packungsgröße</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="107"/>
        <source>Standard</source>
        <translation>Norm</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="109"/>
        <source>Grade</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="111"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="152"/>
        <source>Under %1</source>
        <translation>Unter %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="154"/>
        <source>%1 and above</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="156"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="157"/>
        <source>Any price</source>
        <translation>Beliebiger Preis</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/storefront/FacetPanel.cpp" line="205"/>
        <source>&amp;Filters (%n active)</source>
        <translation>
            <numerusform>&amp;Filter (%n aktiv)</numerusform>
            <numerusform>&amp;Filter (%n aktiv)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::FirstRunDialog</name>
    <message>
        <location filename="../src/app/FirstRunDialog.cpp" line="61"/>
        <location filename="../src/app/FirstRunDialog.cpp" line="62"/>
        <source>Welcome to CommerceDesk</source>
        <translation>Willkommen bei CommerceDesk</translation>
    </message>
    <message>
        <location filename="../src/app/FirstRunDialog.cpp" line="63"/>
        <source>CommerceDesk can run on a built-in sandbox with a demo catalog, customers and orders, right on this computer — nothing to set up. You can connect to your own commercetools project at any time later in the settings.</source>
        <translation>CommerceDesk kann direkt auf diesem Computer mit einer eingebetteten Sandbox laufen – mit Demokatalog, Kunden und Bestellungen, ganz ohne Einrichtung. Mit Ihrem eigenen commercetools-Projekt können Sie sich später jederzeit in den Einstellungen verbinden.</translation>
    </message>
    <message>
        <location filename="../src/app/FirstRunDialog.cpp" line="66"/>
        <source>Try it on the built-in sandbox (recommended)</source>
        <translation>Mit der eingebetteten Sandbox ausprobieren (empfohlen)</translation>
    </message>
    <message>
        <location filename="../src/app/FirstRunDialog.cpp" line="67"/>
        <source>Connect to my commercetools project…</source>
        <translation>Mit meinem commercetools-Projekt verbinden…</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="30"/>
        <location filename="../src/app/MainWindow.cpp" line="145"/>
        <source>Storefront</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="31"/>
        <location filename="../src/app/MainWindow.cpp" line="146"/>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="147"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="112"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="116"/>
        <source>Open settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="155"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="161"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MerchantPane</name>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="72"/>
        <source>Connecting to the backend…</source>
        <translation>Verbindung zum Backend wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="297"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="283"/>
        <source>View only: this API client may not change orders.</source>
        <translation>Nur Lesezugriff: Dieser API-Client darf keine Bestellungen ändern.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="244"/>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="244"/>
        <source>Return: %1</source>
        <translation>Rücksendung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="429"/>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="432"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="434"/>
        <source>%1 orders</source>
        <translation>%1 Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="519"/>
        <source>Save invoices as PDF</source>
        <translation>Rechnungen als PDF speichern</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="520"/>
        <source>Save packing slips as PDF</source>
        <translation>Lieferscheine als PDF speichern</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="522"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="559"/>
        <source>New orders</source>
        <translation>Neue Bestellungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantPane.cpp" line="549"/>
        <source>%n new order(s), latest %1</source>
        <translation>
            <numerusform>%n neue Bestellung, neueste: %1</numerusform>
            <numerusform>%n neue Bestellungen, neueste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="313"/>
        <source>Orders could not be loaded: %1</source>
        <translation>Die Bestellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="139"/>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="570"/>
        <source>Order detail</source>
        <translation>Bestelldetails</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::NoticeBar</name>
    <message>
        <location filename="../src/app/NoticeBar.cpp" line="85"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../src/app/NoticeBar.cpp" line="86"/>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderActionRunner</name>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="43"/>
        <source>Loading %n order(s)…</source>
        <translation>
            <numerusform>Lade %n Bestellung…</numerusform>
            <numerusform>Lade %n Bestellungen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="48"/>
        <source>The selected orders no longer exist.</source>
        <translation>Die ausgewählten Bestellungen gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="51"/>
        <source>The selected orders could not be loaded: %1</source>
        <translation>Die ausgewählten Bestellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="94"/>
        <source>%1: done for %2 (applied again after a background update of the order).</source>
        <translation>%1: für %2 erledigt (nach einer Aktualisierung der Bestellung im Hintergrund erneut angewendet).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="96"/>
        <source>%1: done for %2.</source>
        <translation>%1: für %2 erledigt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="104"/>
        <source>The order changed meanwhile; nothing was applied.</source>
        <translation>Die Bestellung wurde zwischenzeitlich geändert; es wurde nichts angewendet.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="115"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="122"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="128"/>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="140"/>
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n Bestellung</numerusform>
            <numerusform>%1 — %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="143"/>
        <source>%1 %n order(s)</source>
        <translation>
            <numerusform>%1: %n Bestellung</numerusform>
            <numerusform>%1: %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="143"/>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="261"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="148"/>
        <source>%1: nothing was changed.</source>
        <translation>%1: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="169"/>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="172"/>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="171"/>
        <source>Cancel order %1? The buyer is not refunded automatically.</source>
        <translation>Bestellung %1 stornieren? Der Käufer erhält keine automatische Erstattung.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="224"/>
        <source>Delivery added for %1; capturing the payment…</source>
        <translation>Lieferung für %1 hinzugefügt; die Zahlung wird eingezogen…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="232"/>
        <source>Delivery added for %1; captured %2.</source>
        <translation>Lieferung für %1 hinzugefügt; %2 eingezogen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="235"/>
        <source>Delivery added for %1; nothing was left to capture.</source>
        <translation>Lieferung für %1 hinzugefügt; es war nichts mehr einzuziehen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="237"/>
        <source>Delivery added for %1; the capture failed: %2</source>
        <translation>Lieferung für %1 hinzugefügt; der Einzug ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="255"/>
        <source>Capture — %n order(s)</source>
        <translation>
            <numerusform>Einziehen — %n Bestellung</numerusform>
            <numerusform>Einziehen — %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="256"/>
        <source>Capture what is left of the authorized card payments of %n selected order(s)?</source>
        <translation>
            <numerusform>Den Rest der autorisierten Kartenzahlungen von %n ausgewählten Bestellung einziehen?</numerusform>
            <numerusform>Den Rest der autorisierten Kartenzahlungen von %n ausgewählten Bestellungen einziehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="259"/>
        <source>%n of them have no payment and have nothing to capture.</source>
        <translation>
            <numerusform>%n davon hat keine Zahlung und nichts einzuziehen.</numerusform>
            <numerusform>%n davon haben keine Zahlung und nichts einzuziehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="261"/>
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>%n Bestellung einziehen</numerusform>
            <numerusform>%n Bestellungen einziehen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="264"/>
        <source>Capture: nothing was captured.</source>
        <translation>Einziehen: Es wurde nichts eingezogen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="271"/>
        <source>Capture</source>
        <translation>Einziehen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="287"/>
        <source>Seller details needed</source>
        <translation>Verkäuferdaten erforderlich</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="288"/>
        <source>An invoice must name the seller. These details are missing: %1.

Enter them now?</source>
        <translation>Eine Rechnung muss den Verkäufer nennen. Es fehlen: %1.

Jetzt eingeben?</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="290"/>
        <source>Enter seller details…</source>
        <translation>Verkäuferdaten eingeben…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="311"/>
        <source>Invoices need the seller&apos;s details: Print → Seller details…</source>
        <translation>Rechnungen brauchen die Verkäuferdaten: Drucken → Verkäuferdaten…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="328"/>
        <source>Could not assign an invoice number: the number file is in use or cannot be written. Try again.</source>
        <translation>Keine Rechnungsnummer vergeben: Die Nummerndatei ist belegt oder nicht beschreibbar. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="356"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="356"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderActionsBar</name>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="30"/>
        <source>This API client may not capture payments (it lacks the scope manage_checkout_payment_intents).</source>
        <translation>Dieser API-Client darf keine Zahlungen einziehen (ihm fehlt der Scope manage_checkout_payment_intents).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="33"/>
        <source>Capture what is left of the selected orders&apos; card payments</source>
        <translation>Den Rest der Kartenzahlungen der ausgewählten Bestellungen einziehen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="35"/>
        <source>Adding a delivery that ships every remaining item captures the rest of the order&apos;s card payment</source>
        <translation>Eine Lieferung, die alle restlichen Artikel versendet, zieht den Rest der Kartenzahlung der Bestellung ein</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="39"/>
        <source>Record items the buyer sent back, then refund their value</source>
        <translation>Vom Käufer zurückgesandte Artikel erfassen und ihren Wert erstatten</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="72"/>
        <source>Packing slip…</source>
        <translation>Lieferschein…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="76"/>
        <source>Invoice…</source>
        <translation>Rechnung…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="82"/>
        <source>Seller details…</source>
        <translation>Verkäuferdaten…</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderDetailDocument</name>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="60"/>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="61"/>
        <source>Order state</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="62"/>
        <source>Payment state</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="64"/>
        <source>Shipment state</source>
        <translation>Versandstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="66"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="68"/>
        <source>Business unit</source>
        <translation>Geschäftseinheit</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="72"/>
        <source>PO number</source>
        <translation>PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="74"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="75"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="78"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="79"/>
        <source>Shipping</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="80"/>
        <source>Billing</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="83"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="86"/>
        <source>Shipping method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="90"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="92"/>
        <source>Tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="96"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="98"/>
        <source>Total</source>
        <translation>Gesamtsumme</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="107"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="110"/>
        <source>Pay by invoice (purchase order).</source>
        <translation>Kauf auf Rechnung (mit PO-Nummer).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="110"/>
        <source>No payment.</source>
        <translation>Keine Zahlung.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="112"/>
        <source>Loading the payment…</source>
        <translation>Zahlung wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="119"/>
        <source>PSP reference: %1</source>
        <translation>PSP-Referenz: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="121"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="125"/>
        <source>Authorization code: %1</source>
        <translation>Autorisierungscode: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="128"/>
        <source>Card: %1 ending in %2</source>
        <translation>Karte: %1 mit Endziffern %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="138"/>
        <source>Deliveries</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="141"/>
        <source>Not shipped yet.</source>
        <translation>Noch nicht versendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="146"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="149"/>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="154"/>
        <source>no tracking</source>
        <translation>keine Sendungsverfolgung</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="166"/>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="170"/>
        <source>Custom item</source>
        <translation>Sonderposition</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="172"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="173"/>
        <source>shipment: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="174"/>
        <source>refund: %1</source>
        <translation>Erstattung: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="177"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="186"/>
        <source>Order management system</source>
        <translation>Bestellverwaltungssystem</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="188"/>
        <source>Not yet received by the OMS.</source>
        <translation>Noch nicht vom OMS empfangen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="192"/>
        <source>Synced %1 as %2</source>
        <translation>Am %1 als %2 synchronisiert</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="199"/>
        <source>Delivery attempts: %1</source>
        <translation>Übermittlungsversuche: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="201"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="209"/>
        <source>The OMS has no delivery log for this order.</source>
        <translation>Das OMS hat kein Übermittlungsprotokoll für diese Bestellung.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="213"/>
        <source>The OMS delivery log could not be read: %1</source>
        <translation>Das Zustellprotokoll des OMS konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderDetailPanel</name>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="143"/>
        <source>Detach</source>
        <translation>Abdocken</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="144"/>
        <source>Show the detail in its own window</source>
        <translation>Details in einem eigenen Fenster anzeigen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="145"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="119"/>
        <source>This API client may not read the order history (view_messages).</source>
        <translation>Dieser API-Client darf den Bestellverlauf nicht lesen (view_messages).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="120"/>
        <source>No changes recorded for this order yet.</source>
        <translation>Für diese Bestellung sind noch keine Änderungen erfasst.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="143"/>
        <source>Attach</source>
        <translation>Andocken</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="276"/>
        <source>The order could not be loaded: %1</source>
        <translation>Die Bestellung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="272"/>
        <source>No order selected</source>
        <translation>Keine Bestellung ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="284"/>
        <source>Select an order to see its items, payment, deliveries and history.</source>
        <translation>Wählen Sie eine Bestellung aus, um Artikel, Zahlung, Lieferungen und Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="273"/>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="344"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="285"/>
        <source>Loading the order…</source>
        <translation>Bestellung wird geladen…</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderFilterBar</name>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="167"/>
        <source>Any order state</source>
        <translation>Alle Bestellstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="169"/>
        <source>Any payment</source>
        <translation>Alle Zahlungsstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="171"/>
        <source>Any shipment</source>
        <translation>Alle Versandstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="173"/>
        <source>With or without PO</source>
        <translation>Mit oder ohne PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="174"/>
        <source>With PO number</source>
        <translation>Mit PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="175"/>
        <source>Without PO number</source>
        <translation>Ohne PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="184"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="176"/>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="267"/>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="282"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="283"/>
        <source>Name of this view (filters, columns and sort):</source>
        <translation>Name dieser Ansicht (Filter, Spalten und Sortierung):</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderHistoryView</name>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="60"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="266"/>
        <source>&amp;Reorder</source>
        <translation>&amp;Erneut bestellen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="260"/>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="261"/>
        <source>Load the orders again (F5)</source>
        <translation>Bestellungen neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="262"/>
        <source>&amp;Back to shopping</source>
        <translation>&amp;Zurück zum Einkaufen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="264"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="263"/>
        <source>&amp;Orders:</source>
        <translation>Be&amp;stellungen:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="265"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="267"/>
        <source>Put this order&apos;s items into a new cart (Ctrl+R)</source>
        <translation>Die Artikel dieser Bestellung in einen neuen Warenkorb legen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="240"/>
        <source>The order could not be put into a new cart. %1</source>
        <translation>Die Bestellung konnte nicht in einen neuen Warenkorb übernommen werden. %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="279"/>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="307"/>
        <source>Orders of your business unit</source>
        <translation>Bestellungen Ihrer Geschäftseinheit</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="280"/>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="307"/>
        <source>Your orders</source>
        <translation>Ihre Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="281"/>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="310"/>
        <source>There are no orders yet.</source>
        <translation>Es gibt noch keine Bestellungen.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="330"/>
        <source>Putting order %1 into a new cart…</source>
        <translation>Bestellung %1 wird in einen neuen Warenkorb übernommen…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="341"/>
        <source>Select an order to see its details.</source>
        <translation>Wählen Sie eine Bestellung aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="353"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="355"/>
        <source>Placed</source>
        <translation>Aufgegeben am</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="357"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="359"/>
        <source>PO number</source>
        <translation>PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="361"/>
        <source>Business unit</source>
        <translation>Geschäftseinheit</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="363"/>
        <source>Ordered by</source>
        <translation>Bestellt von</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="364"/>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="366"/>
        <source>Bill to</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="368"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="369"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="374"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="376"/>
        <source>Tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="380"/>
        <source>Total</source>
        <translation>Gesamtsumme</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderTableHeader</name>
    <message>
        <location filename="../src/app/merchant/OrderTableHeader.cpp" line="123"/>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::PaymentAmountDialog</name>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="33"/>
        <source>Capture payment</source>
        <translation>Zahlung einziehen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="33"/>
        <source>Refund payment</source>
        <translation>Zahlung erstatten</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="34"/>
        <source>Still to capture: %1</source>
        <translation>Noch einzuziehen: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="35"/>
        <source>Still to refund: %1</source>
        <translation>Noch erstattbar: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="50"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="54"/>
        <source>e.g. returned item, goodwill</source>
        <translation>z. B. Rücksendung, Kulanz</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="55"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="59"/>
        <source>%1 × %2 — %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="69"/>
        <source>Refund the value of these items:</source>
        <translation>Den Wert dieser Artikel erstatten:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="129"/>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="131"/>
        <source>Only %1 is left to capture.</source>
        <translation>Es sind nur noch %1 einzuziehen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="132"/>
        <source>Only %1 is left to refund.</source>
        <translation>Es sind nur noch %1 erstattbar.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="138"/>
        <source>Capture %1</source>
        <translation>%1 einziehen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="139"/>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::PaymentPanel</name>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="169"/>
        <source>Payment transactions</source>
        <translation>Zahlungsvorgänge</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="170"/>
        <source>Authorized:</source>
        <translation>Autorisiert:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="170"/>
        <source>Captured:</source>
        <translation>Eingezogen:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="170"/>
        <source>Refunded:</source>
        <translation>Erstattet:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="170"/>
        <source>Left to capture:</source>
        <translation>Noch einzuziehen:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="171"/>
        <source>Left to refund:</source>
        <translation>Noch erstattbar:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="176"/>
        <source>Capture…</source>
        <translation>Einziehen…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="177"/>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="178"/>
        <source>Release authorization…</source>
        <translation>Autorisierung freigeben…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="179"/>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="280"/>
        <source>This API client may not capture, refund or release payments (it lacks the scope manage_checkout_payment_intents).</source>
        <translation>Dieser API-Client darf keine Zahlungen einziehen, erstatten oder freigeben (ihm fehlt der Scope manage_checkout_payment_intents).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="282"/>
        <source>An operation is waiting for the payment provider: Complete it first.</source>
        <translation>Ein Vorgang wartet auf den Zahlungsanbieter: Schließen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="290"/>
        <source>Nothing is left to capture.</source>
        <translation>Es ist nichts mehr einzuziehen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="291"/>
        <source>Nothing captured is left to refund.</source>
        <translation>Von den eingezogenen Beträgen ist nichts mehr erstattbar.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="293"/>
        <source>Only an authorization with nothing captured can be released.</source>
        <translation>Nur eine Autorisierung, von der nichts eingezogen wurde, kann freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="295"/>
        <source>Sends the pending operation again; it is carried out only once.</source>
        <translation>Sendet den ausstehenden Vorgang erneut; er wird nur einmal ausgeführt.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="298"/>
        <source>View only: this API client may not capture, refund or release payments.</source>
        <translation>Nur Lesezugriff: Dieser API-Client darf keine Zahlungen einziehen, erstatten oder freigeben.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="358"/>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="379"/>
        <source>Release authorization</source>
        <translation>Autorisierung freigeben</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="360"/>
        <source>Release the authorization of %1? The buyer&apos;s card is no longer held and nothing can be captured afterwards.</source>
        <translation>Die Autorisierung über %1 freigeben? Die Karte des Käufers wird nicht mehr belastet, und danach kann nichts mehr eingezogen werden.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="363"/>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="383"/>
        <source>Release %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="380"/>
        <source>The order is cancelled. Release its card authorization of %1 as well, so the buyer&apos;s money is no longer held?</source>
        <translation>Die Bestellung ist storniert. Auch ihre Kartenautorisierung über %1 freigeben, damit das Geld des Käufers nicht mehr blockiert ist?</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="450"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ProductDetailDialog</name>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="60"/>
        <source>Volume prices:</source>
        <translation>Staffelpreise:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="65"/>
        <source>&amp;Add to cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="68"/>
        <source>Product details</source>
        <translation>Produktdetails</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="82"/>
        <source>Product picture</source>
        <translation>Produktbild</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="86"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="99"/>
        <source>Volume prices</source>
        <translation>Staffelpreise</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="100"/>
        <source>From quantity</source>
        <translation>Ab Menge</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="100"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="110"/>
        <source>Quantity to add</source>
        <translation>Hinzuzufügende Menge</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="116"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="119"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="120"/>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="121"/>
        <source>Availability:</source>
        <translation>Verfügbarkeit:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="132"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="193"/>
        <source>SKU: %1</source>
        <translation>SKU: %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="193"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="198"/>
        <source>No price for your country and currency</source>
        <translation>Kein Preis für Ihr Land und Ihre Währung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="201"/>
        <source>%1 (was %2)</source>
        <translation>%1 (statt %2)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="208"/>
        <source>Availability unknown</source>
        <translation>Verfügbarkeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="212"/>
        <source>Out of stock — back in %n day(s)</source>
        <translation>
            <numerusform>Nicht auf Lager — wieder verfügbar in %n Tag</numerusform>
            <numerusform>Nicht auf Lager — wieder verfügbar in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="213"/>
        <source>Out of stock</source>
        <translation>Nicht auf Lager</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="216"/>
        <source>In stock (%1 available)</source>
        <translation>Auf Lager (%1 verfügbar)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="218"/>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="267"/>
        <source>%1 each</source>
        <translation>%1 pro Stück</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="277"/>
        <source>Loading picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="278"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ProductGridDelegate</name>
    <message>
        <location filename="../src/app/storefront/ProductGridDelegate.cpp" line="78"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductGridDelegate.cpp" line="104"/>
        <source>No price</source>
        <translation>Kein Preis</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::QuickOrderDialog</name>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="35"/>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="36"/>
        <source>&amp;Add to cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="39"/>
        <source>Quick order</source>
        <translation>Schnellbestellung</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="41"/>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="68"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="48"/>
        <source>Add &amp;line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="50"/>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="52"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="62"/>
        <source>Paste or drop a CSV here: one &quot;sku,quantity&quot; per line</source>
        <translation>CSV hier einfügen oder ablegen: pro Zeile „SKU,Menge“</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="64"/>
        <source>&amp;Lines:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="68"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="68"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="134"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="146"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="158"/>
        <source>%1 of %2 lines can be added.</source>
        <translation>%1 von %2 Zeilen können hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="160"/>
        <source>&amp;Add %n line(s) to cart</source>
        <translation>
            <numerusform>%n Zeile in den &amp;Warenkorb</numerusform>
            <numerusform>%n Zeilen in den &amp;Warenkorb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ReturnDialog</name>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="29"/>
        <source>Record return — %1</source>
        <translation>Rücksendung erfassen — %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="30"/>
        <source>How many units of each item came back? They are recorded as returned.</source>
        <translation>Wie viele Einheiten jedes Artikels kamen zurück? Sie werden als zurückgesandt erfasst.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="34"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="34"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="34"/>
        <source>Returned</source>
        <translation>Zurückgesandt</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="48"/>
        <source>Units of %1 returned</source>
        <translation>Zurückgesandte Einheiten von %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="55"/>
        <source>e.g. too small, damaged in transit</source>
        <translation>z. B. zu klein, beim Versand beschädigt</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="57"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="63"/>
        <source>Record return</source>
        <translation>Rücksendung erfassen</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="123"/>
        <source>Value of the returned items: %1</source>
        <translation>Wert der zurückgesandten Artikel: %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="125"/>
        <source>Choose how many units came back.</source>
        <translation>Wählen Sie, wie viele Einheiten zurückkamen.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ReturnsPanel</name>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="93"/>
        <source>The returned item to act on</source>
        <translation>Der zurückgesandte Artikel, um den es geht</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="94"/>
        <source>Returned item</source>
        <translation>Zurückgesandter Artikel</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="95"/>
        <source>Back in stock</source>
        <translation>Wieder auf Lager</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="96"/>
        <source>Unusable</source>
        <translation>Unbrauchbar</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="97"/>
        <source>Refund state</source>
        <translation>Erstattungsstatus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="137"/>
        <source>Custom item</source>
        <translation>Sonderposition</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="138"/>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="179"/>
        <source>Only an item that came back (Returned) can be put back in stock or marked unusable.</source>
        <translation>Nur ein zurückgekommener Artikel (Zurückgesandt) kann wieder eingelagert oder als unbrauchbar markiert werden.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="180"/>
        <source>The returned item is back in stock</source>
        <translation>Der zurückgesandte Artikel ist wieder auf Lager</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="181"/>
        <source>The returned item cannot be sold again</source>
        <translation>Der zurückgesandte Artikel kann nicht wieder verkauft werden</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="182"/>
        <source>Record whether the returned item was refunded</source>
        <translation>Erfassen, ob der zurückgesandte Artikel erstattet wurde</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="183"/>
        <source>The refund of this item is already settled or not possible.</source>
        <translation>Die Erstattung dieses Artikels ist bereits erledigt oder nicht möglich.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::SellerDetailsDialog</name>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="26"/>
        <source>Seller details</source>
        <translation>Verkäuferdaten</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="31"/>
        <source>Invoices name the seller: legal name, full address and a VAT id or tax number are required. Packing slips show only the name and address.</source>
        <translation>Rechnungen nennen den Verkäufer: Firmenname, vollständige Anschrift und USt-IdNr. oder Steuernummer sind Pflicht. Lieferscheine zeigen nur Name und Anschrift.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="35"/>
        <source>Legal name</source>
        <translation>Firmenname (rechtlich)</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="37"/>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="39"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="41"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="43"/>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-Code)</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="46"/>
        <source>VAT id</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="49"/>
        <source>Tax number</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="51"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="53"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="55"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="57"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="64"/>
        <source>Payment terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="65"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="60"/>
        <source>The embedded sandbox</source>
        <translation>Die eingebettete Sandbox</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="61"/>
        <source>A sandbox running elsewhere</source>
        <translation>Eine an anderer Stelle laufende Sandbox</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="62"/>
        <source>A commercetools project</source>
        <translation>Ein commercetools-Projekt</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="67"/>
        <source>Custom URLs</source>
        <translation>Eigene URLs</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="70"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="88"/>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="348"/>
        <source>%1 (in use)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="204"/>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="205"/>
        <source>Remove the profile &quot;%1&quot; and forget its secrets from the system keychain?</source>
        <translation>Das Profil „%1“ entfernen und seine Secrets aus dem Schlüsselbund des Systems löschen?</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="221"/>
        <source>A profile with this name exists already.</source>
        <translation>Ein Profil mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="234"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="249"/>
        <source>No system keychain</source>
        <translation>Kein Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="250"/>
        <source>No Secret Service is available, so the secret cannot be stored safely. CommerceDesk never writes secrets to a file. Keep it in memory for this run only?</source>
        <translation>Es ist kein Secret Service verfügbar, daher kann das Secret nicht sicher gespeichert werden. CommerceDesk schreibt Secrets niemals in eine Datei. Soll es nur für diese Sitzung im Arbeitsspeicher gehalten werden?</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="257"/>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>Das Secret konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="270"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="318"/>
        <source>Save the profile before using it.</source>
        <translation>Speichern Sie das Profil, bevor Sie es verwenden.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::SignInDialog</name>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="26"/>
        <source>&amp;Create a new account</source>
        <translation>Neues &amp;Konto erstellen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="30"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="48"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="51"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="52"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="69"/>
        <source>The e-mail or password is not correct.</source>
        <translation>E-Mail-Adresse oder Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="82"/>
        <source>Create &amp;account</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="82"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="88"/>
        <source>Please enter your e-mail and password.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::StorefrontPane</name>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="177"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="177"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="177"/>
        <source>Price: low to high</source>
        <translation>Preis: aufsteigend</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="177"/>
        <source>Price: high to low</source>
        <translation>Preis: absteigend</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="178"/>
        <source>Newest</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="142"/>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="209"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="183"/>
        <source>&amp;Quick order…</source>
        <translation>&amp;Schnellbestellung…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="184"/>
        <source>Order by SKU, or paste a CSV of SKUs and quantities</source>
        <translation>Nach SKU bestellen oder eine CSV mit SKUs und Mengen einfügen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="195"/>
        <source>My orders</source>
        <translation>Meine Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="193"/>
        <source>Checkout</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="197"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="475"/>
        <source>No products match</source>
        <translation>Keine passenden Produkte</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="478"/>
        <source>%1 of %2 products</source>
        <translation>%1 von %2 Produkten</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="480"/>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="482"/>
        <source>%1 products</source>
        <translation>%1 Produkte</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::UndoOffer</name>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="41"/>
        <source>%1 cannot be undone.</source>
        <translation>%1 lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="44"/>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="53"/>
        <source>Undoing “%1”…</source>
        <translation>„%1“ wird rückgängig gemacht …</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="72"/>
        <source>%1: done for %n order(s).</source>
        <translation>
            <numerusform>%1: für %n Bestellung erledigt.</numerusform>
            <numerusform>%1: für %n Bestellungen erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="74"/>
        <source>%1: done for %2.</source>
        <translation>%1: für %2 erledigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="76"/>
        <source>%n of them cannot be undone.</source>
        <translation>
            <numerusform>%n davon lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n davon lassen sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="79"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="92"/>
        <source>Undone: “%1” for %2.</source>
        <translation>Rückgängig gemacht: „%1“ für %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="94"/>
        <source>%n order(s) changed meanwhile and were left as they are: %1.</source>
        <translation>
            <numerusform>%n Bestellung wurde inzwischen geändert und bleibt, wie sie ist: %1.</numerusform>
            <numerusform>%n Bestellungen wurden inzwischen geändert und bleiben, wie sie sind: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="100"/>
        <source>%n order(s) could not be changed back: %1.</source>
        <translation>
            <numerusform>%n Bestellung konnte nicht zurückgesetzt werden: %1.</numerusform>
            <numerusform>%n Bestellungen konnten nicht zurückgesetzt werden: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::checkout::CardForm</name>
    <message>
        <location filename="../src/checkout/CardForm.cpp" line="174"/>
        <source>The card number is incomplete.</source>
        <translation>Die Kartennummer ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../src/checkout/CardForm.cpp" line="175"/>
        <source>This card number is not valid. Please check the digits.</source>
        <translation>Diese Kartennummer ist ungültig. Bitte prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <location filename="../src/checkout/CardForm.cpp" line="178"/>
        <location filename="../src/checkout/CardForm.cpp" line="181"/>
        <source>Enter the expiry date as MM/YY.</source>
        <translation>Geben Sie das Ablaufdatum im Format MM/JJ ein.</translation>
    </message>
    <message>
        <location filename="../src/checkout/CardForm.cpp" line="180"/>
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/checkout/CardForm.cpp" line="183"/>
        <source>The security code has %n digit(s) for this card.</source>
        <translation>
            <numerusform>Der Sicherheitscode dieser Karte hat %n Ziffer.</numerusform>
            <numerusform>Der Sicherheitscode dieser Karte hat %n Ziffern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::checkout::QuickOrder</name>
    <message>
        <location filename="../src/checkout/QuickOrder.cpp" line="69"/>
        <source>No SKU</source>
        <translation>Keine SKU</translation>
    </message>
    <message>
        <location filename="../src/checkout/QuickOrder.cpp" line="71"/>
        <source>Quantity must be a whole number from 1 to %1</source>
        <translation>Die Menge muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../src/checkout/QuickOrder.cpp" line="73"/>
        <source>Unknown SKU</source>
        <translation>Unbekannte SKU</translation>
    </message>
</context>
<context>
    <name>commercedesk::checkout::Reorder</name>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="31"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="82"/>
        <source>No SKU to order it by</source>
        <translation>Ohne SKU nicht bestellbar</translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="84"/>
        <source>No longer available</source>
        <translation>Nicht mehr erhältlich</translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="86"/>
        <source>Not sold in your current market</source>
        <translation>In Ihrem aktuellen Markt nicht erhältlich</translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="97"/>
        <source>None of the items of order %1 can be ordered again, so no cart was made. %2.</source>
        <translation>Keiner der Artikel aus Bestellung %1 kann erneut bestellt werden, daher wurde kein Warenkorb angelegt. %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/checkout/Reorder.cpp" line="101"/>
        <source>%n item(s) of order %1 are in your new cart.</source>
        <translation>
            <numerusform>%n Artikel aus Bestellung %1 liegt in Ihrem neuen Warenkorb.</numerusform>
            <numerusform>%n Artikel aus Bestellung %1 liegen in Ihrem neuen Warenkorb.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="104"/>
        <source>Not added: %1.</source>
        <translation>Nicht hinzugefügt: %1.</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::CartModel</name>
    <message>
        <location filename="../src/models/CartModel.cpp" line="30"/>
        <source>%1 %</source>
        <extracomment>a percentage such as &quot;19 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="159"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="161"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="163"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="165"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="167"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::FacetModel</name>
    <message>
        <location filename="../src/models/FacetModel.cpp" line="112"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/FacetModel.cpp" line="114"/>
        <source>%1, %n product(s)</source>
        <translation>
            <numerusform>%1, %n Produkt</numerusform>
            <numerusform>%1, %n Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::models::OrderHistoryModel</name>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="72"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="82"/>
        <source>Authorized</source>
        <comment>payment state for the buyer</comment>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="83"/>
        <source>Payment pending</source>
        <comment>payment state for the buyer</comment>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="85"/>
        <source>Partly paid</source>
        <comment>payment state for the buyer</comment>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="87"/>
        <source>Paid</source>
        <comment>payment state for the buyer</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="89"/>
        <source>Refunded</source>
        <comment>payment state for the buyer</comment>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="91"/>
        <source>Payment released</source>
        <comment>payment state for the buyer</comment>
        <translation>Zahlung freigegeben</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="92"/>
        <source>Not paid</source>
        <comment>payment state for the buyer</comment>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="141"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="162"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="164"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="166"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="168"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="170"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="172"/>
        <source>PO number</source>
        <translation>PO-Nummer</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::OrderLineModel</name>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="94"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="96"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="98"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="100"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="102"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="104"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::OrderTableModel</name>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="130"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="132"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="134"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="136"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="145"/>
        <source>Balance due</source>
        <translation>Betrag fällig</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="147"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="149"/>
        <location filename="../src/models/OrderTableModel.cpp" line="168"/>
        <location filename="../src/models/OrderTableModel.cpp" line="237"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="151"/>
        <source>Credit owed</source>
        <translation>Gutschrift fällig</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="153"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="162"/>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="164"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="166"/>
        <source>Ready</source>
        <translation>Versandbereit</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="170"/>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="172"/>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="174"/>
        <source>Backorder</source>
        <translation>Lieferrückstand</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="176"/>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="185"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="187"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="189"/>
        <source>Customer / unit</source>
        <translation>Kunde / Einheit</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="191"/>
        <source>PO number</source>
        <translation>PO-Nummer</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="193"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="195"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="197"/>
        <source>Order state</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="199"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="201"/>
        <source>Shipment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="203"/>
        <source>OMS</source>
        <translation>OMS</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="205"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="207"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="209"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="237"/>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::OrderTimelineModel</name>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="75"/>
        <source>Order created</source>
        <translation>Bestellung erstellt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="77"/>
        <source>Order state changed to %1</source>
        <translation>Bestellstatus auf %1 geändert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="79"/>
        <source>Shipment state changed to %1</source>
        <translation>Versandstatus auf %1 geändert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="82"/>
        <source>Payment state changed to %1</source>
        <translation>Zahlungsstatus auf %1 geändert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="85"/>
        <source>Payment added</source>
        <translation>Zahlung hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="87"/>
        <source>Delivery added</source>
        <translation>Lieferung hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="89"/>
        <source>Parcel added to a delivery</source>
        <translation>Paket zu einer Lieferung hinzugefügt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="91"/>
        <source>Tracking data updated</source>
        <translation>Sendungsverfolgungsdaten aktualisiert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="93"/>
        <source>Order imported</source>
        <translation>Bestellung importiert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="95"/>
        <source>Purchase order number set</source>
        <translation>PO-Nummer festgelegt</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="97"/>
        <source>Return recorded</source>
        <translation>Rückgabe erfasst</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="101"/>
        <source>Returned item: %1</source>
        <translation>Zurückgesandter Artikel: %1</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="104"/>
        <source>Synchronised with an external system</source>
        <translation>Mit einem externen System synchronisiert</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="123"/>
        <source>Message %1, version %2 of the order</source>
        <translation>Nachricht %1, Version %2 der Bestellung</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::ProductTableModel</name>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="162"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="164"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="166"/>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="168"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::ShippingMethodModel</name>
    <message>
        <location filename="../src/models/ShippingMethodModel.cpp" line="78"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../src/models/ShippingMethodModel.cpp" line="82"/>
        <source>%1 — %2</source>
        <extracomment>shipping method and its price, e.g. &quot;Express — €9.90&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
