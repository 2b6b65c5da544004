<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="15"/>
        <source>Purchase, checkout and order review for commercetools.</source>
        <translation>Achat, paiement et suivi des commandes pour commercetools.</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="20"/>
        <source>Keep the embedded sandbox&apos;s data in &lt;dir&gt;.</source>
        <translation>Conserver les données du bac à sable intégré dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="23"/>
        <source>Use the language &lt;code&gt; (for example de or fr).</source>
        <translation>Utiliser la langue &lt;code&gt; (par exemple de ou fr).</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="27"/>
        <source>Save a picture of the window to &lt;file&gt; once the catalog shows, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; dès que le catalogue s’affiche, puis quitter.</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="32"/>
        <source>Connect with the stored connection profile &lt;name&gt;.</source>
        <translation>Se connecter avec le profil de connexion enregistré &lt;name&gt;.</translation>
    </message>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="36"/>
        <source>Do not show the first-run chooser (also: the environment variable COMMERCEDESK_NO_FIRST_RUN).</source>
        <translation>Ne pas afficher le choix du premier démarrage (ou définir la variable d’environnement COMMERCEDESK_NO_FIRST_RUN).</translation>
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
        <translation>Livraison (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="46"/>
        <source>Net total</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="53"/>
        <source>Tax %1 (%2)</source>
        <translation>Taxe %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="54"/>
        <source>Tax %1</source>
        <translation>Taxe %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="58"/>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="61"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="59"/>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="62"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="61"/>
        <source>not calculated yet</source>
        <translation>pas encore calculé</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="91"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="92"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="93"/>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="110"/>
        <source>Ship to: %1</source>
        <translation>Adresse de livraison : %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="94"/>
        <source>Bill to: %1</source>
        <translation>Adresse de facturation : %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="96"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="97"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="104"/>
        <source>Thank you — your order is placed.</source>
        <translation>Merci — votre commande a bien été passée.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="105"/>
        <source>Order number: %1</source>
        <translation>Numéro de commande : %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="106"/>
        <source>Order reference: %1</source>
        <translation>Référence de commande : %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutSummary.cpp" line="109"/>
        <source>Purchase order: %1</source>
        <translation>Bon de commande : %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="67"/>
        <source>Embedded sandbox</source>
        <translation>Bac à sable intégré</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="86"/>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="88"/>
        <source>The profile name must not contain &apos;/&apos;.</source>
        <translation>Le nom du profil ne doit pas contenir « / ».</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="92"/>
        <source>Enter the sandbox URL, for example http://192.168.1.20:8080.</source>
        <translation>Saisissez l’URL du bac à sable, par exemple http://192.168.1.20:8080.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="95"/>
        <source>Enter the auth URL.</source>
        <translation>Saisissez l’URL d’authentification.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="97"/>
        <source>Enter the API URL.</source>
        <translation>Saisissez l’URL de l’API.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="101"/>
        <source>Public regions are reached over HTTPS only.</source>
        <translation>Les régions publiques ne sont accessibles qu’en HTTPS.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="103"/>
        <source>Enter the project key.</source>
        <translation>Saisissez la clé du projet.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="105"/>
        <source>Enter the storefront client ID.</source>
        <translation>Saisissez l’ID du client boutique.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionProfile.cpp" line="107"/>
        <source>Enter the merchant client ID.</source>
        <translation>Saisissez l’ID du client marchand.</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="11"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="13"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="15"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="17"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="19"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="21"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="23"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="25"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="27"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="29"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../src/app/CountryNames.cpp" line="31"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
</context>
<context>
    <name>DocumentHtml</name>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="79"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="79"/>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="80"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="80"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="81"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="81"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="82"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="82"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="83"/>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="83"/>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="84"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="84"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="85"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="85"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="86"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="130"/>
        <source>E-mail: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="132"/>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="134"/>
        <source>VAT id: %1</source>
        <translation>N° TVA : %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="136"/>
        <source>Tax number: %1</source>
        <translation>N° fiscal : %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="170"/>
        <source>Packing slip</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="172"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="213"/>
        <source>Order number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="173"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="174"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="214"/>
        <source>Purchase order</source>
        <translation>Bon de commande (PO)</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="176"/>
        <source>Ship to</source>
        <translation>Livrer à</translation>
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
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="178"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="223"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="190"/>
        <source>Shipping method: %1</source>
        <translation>Mode de livraison : %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="207"/>
        <source>Your VAT id: %1</source>
        <translation>Votre n° de TVA : %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="209"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="210"/>
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="211"/>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="212"/>
        <source>Delivery date</source>
        <translation>Date de livraison</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="215"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="217"/>
        <source>Delivered to</source>
        <translation>Livré à</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="221"/>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="224"/>
        <source>Unit net</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="225"/>
        <source>Tax rate</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="226"/>
        <source>Net amount</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="242"/>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="250"/>
        <source>Shipping (%1)</source>
        <translation>Livraison (%1)</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="284"/>
        <source>Reverse charge: the recipient accounts for the VAT.</source>
        <translation>Autoliquidation : la TVA est due par le preneur.</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="285"/>
        <source>Tax-exempt intra-Community supply (Art. 138 of Council Directive 2006/112/EC). Supplier VAT id %1, recipient VAT id %2.</source>
        <translation>Livraison intracommunautaire exonérée de TVA (art. 138 de la directive 2006/112/CE). N° de TVA du fournisseur %1, n° de TVA du preneur %2.</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="341"/>
        <source>Net amount at %1</source>
        <translation>Montant HT à %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="342"/>
        <source>VAT %1</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="347"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="353"/>
        <source>Total net</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="348"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="354"/>
        <source>Total VAT</source>
        <translation>Total TVA</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="350"/>
        <location filename="../src/merchant/DocumentHtml.cpp" line="355"/>
        <source>Total due (%1)</source>
        <translation>Total TTC à payer (%1)</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="364"/>
        <source>Payable immediately without deduction.</source>
        <translation>Payable immédiatement, sans escompte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/merchant/DocumentHtml.cpp" line="365"/>
        <source>Payable within %n day(s) without deduction, by %1.</source>
        <translation>
            <numerusform>Payable sous %n jour, sans escompte, au plus tard le %1.</numerusform>
            <numerusform>Payable sous %n jours, sans escompte, au plus tard le %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="369"/>
        <source>Bank transfer to %1, IBAN %2</source>
        <translation>Virement à %1, IBAN %2</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentHtml.cpp" line="372"/>
        <source>Please quote invoice number %1 with your payment.</source>
        <translation>Merci d’indiquer le n° de facture %1 avec votre paiement.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../src/merchant/DocumentPrinter.cpp" line="70"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentPrinter.cpp" line="70"/>
        <source>Packing slip</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <location filename="../src/merchant/DocumentPrinter.cpp" line="105"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="14"/>
        <source>(Reference: %1)</source>
        <translation>(Référence : %1)</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="22"/>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="24"/>
        <source>The server took too long to answer. Try again in a moment.</source>
        <translation>Le serveur a mis trop de temps à répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="26"/>
        <source>The secure connection to the server failed; its certificate was not accepted.</source>
        <translation>La connexion sécurisée au serveur a échoué ; son certificat n’a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="28"/>
        <source>The server redirected to an insecure address, so the request was stopped.</source>
        <translation>Le serveur a redirigé vers une adresse non sécurisée ; la requête a donc été arrêtée.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="31"/>
        <source>The server sent an answer CommerceDesk does not understand. Try again; if it keeps happening, the server may be misconfigured.</source>
        <translation>Le serveur a envoyé une réponse que CommerceDesk ne comprend pas. Réessayez ; si le problème persiste, le serveur est peut-être mal configuré.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="34"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="36"/>
        <source>The connection settings are incomplete: %1</source>
        <translation>Les paramètres de connexion sont incomplets : %1</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="46"/>
        <location filename="../src/app/ErrorPresenter.cpp" line="51"/>
        <source>The API client id or secret was not accepted.</source>
        <translation>L’identifiant ou le secret du client API n’a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="48"/>
        <source>The API client is not allowed the permissions CommerceDesk asked for.</source>
        <translation>Le client API ne dispose pas des autorisations demandées par CommerceDesk.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="49"/>
        <source>The server did not accept the request: %1</source>
        <translation>Le serveur n’a pas accepté la requête : %1</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="52"/>
        <source>Your session has expired. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="54"/>
        <source>This API client is not allowed to do that.</source>
        <translation>Ce client API n’est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="56"/>
        <source>It no longer exists on the server.</source>
        <translation>Cet élément n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="58"/>
        <source>Someone else changed it in the meantime. Reload and try again.</source>
        <translation>Quelqu’un d’autre l’a modifié entre-temps. Rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="60"/>
        <source>The request was too large for the server.</source>
        <translation>La requête était trop volumineuse pour le serveur.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="64"/>
        <source>The server is busy or unavailable. Try again in a moment.</source>
        <translation>Le serveur est occupé ou indisponible. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="67"/>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="68"/>
        <source>The request failed (HTTP %1).</source>
        <translation>La requête a échoué (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="76"/>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="78"/>
        <source>The email address or password is wrong.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="80"/>
        <source>Sign in to do that.</source>
        <translation>Connectez-vous pour effectuer cette action.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="82"/>
        <source>Your role in this business unit does not allow that. Ask an administrator of the unit.</source>
        <translation>Votre rôle dans cette unité commerciale ne le permet pas. Adressez-vous à un administrateur de l’unité.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="84"/>
        <source>The card payment was not approved. Use another card or try again.</source>
        <translation>Le paiement par carte n’a pas été autorisé. Utilisez une autre carte ou réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="86"/>
        <source>The card payment does not match this cart any more (its total changed). Pay again.</source>
        <translation>Le paiement par carte ne correspond plus à ce panier (son total a changé). Payez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="88"/>
        <source>The card payment was not found at the payment provider. Pay again.</source>
        <translation>Le paiement par carte est introuvable chez le prestataire de paiement. Payez à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="90"/>
        <source>Card payments are not available right now. Try again in a moment.</source>
        <translation>Les paiements par carte ne sont pas disponibles pour le moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="92"/>
        <source>This cart has already been ordered. Your order history shows the order.</source>
        <translation>Ce panier a déjà été commandé. La commande figure dans votre historique de commandes.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="94"/>
        <source>There is no cart to continue with. Add an item to start a new one.</source>
        <translation>Aucun panier à poursuivre. Ajoutez un article pour en commencer un nouveau.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="96"/>
        <source>The shop does not allow this change from the storefront.</source>
        <translation>La boutique n’autorise pas cette modification depuis la vitrine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/ErrorPresenter.cpp" line="99"/>
        <source>Too many requests in a short time. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Trop de requêtes en peu de temps. Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Trop de requêtes en peu de temps. Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="101"/>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>Trop de requêtes en peu de temps. Attendez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="104"/>
        <source>The shop could not record the sign-out. Try again.</source>
        <translation>La boutique n’a pas pu enregistrer la déconnexion. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="106"/>
        <source>The shop&apos;s commerce platform is busy or unavailable. Try again in a moment.</source>
        <translation>La plateforme e-commerce de la boutique est occupée ou indisponible. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="108"/>
        <source>The shop&apos;s commerce platform refused the shop&apos;s own request; the shop&apos;s setup needs attention.</source>
        <translation>La plateforme e-commerce a refusé une requête de la boutique elle-même ; la configuration de la boutique doit être vérifiée.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="111"/>
        <source>An account with this email address already exists. Sign in instead.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail. Connectez-vous plutôt.</translation>
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
        <translation>Volets</translation>
    </message>
</context>
<context>
    <name>MerchantPane</name>
    <message>
        <location filename="../ui/MerchantPane.ui" line="13"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
</context>
<context>
    <name>MerchantTexts</name>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="16"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="18"/>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="20"/>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="22"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="24"/>
        <source>Set shipment to %1</source>
        <translation>Passer l’état de l’expédition à %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="26"/>
        <source>Set payment to %1</source>
        <translation>Passer l’état du paiement à %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="28"/>
        <source>Add delivery</source>
        <translation>Ajouter une livraison</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="30"/>
        <source>Set tracking</source>
        <translation>Définir le suivi</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="32"/>
        <source>Record return</source>
        <translation>Enregistrer le retour</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="34"/>
        <source>Set returned items to %1</source>
        <translation>Passer les articles retournés à « %1 »</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="37"/>
        <source>Set refund of returned items to %1</source>
        <translation>Passer le remboursement des articles retournés à « %1 »</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="52"/>
        <source>Nothing to do: the order already is in that state.</source>
        <translation>Rien à faire : la commande est déjà dans cet état.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="54"/>
        <source>Not applied: the order is %1 and does not go back to an earlier state.</source>
        <translation>Non appliqué : la commande est %1 et ne revient pas à un état antérieur.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="56"/>
        <source>Not applied: the order is %1; its state no longer changes.</source>
        <translation>Non appliqué : la commande est %1 ; son état ne change plus.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="58"/>
        <source>Not applied: “%1” would move the shipment backwards.</source>
        <translation>Non appliqué : « %1 » ferait reculer l’expédition.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="61"/>
        <source>Not applied: confirm the order before it is shipped or delivered.</source>
        <translation>Non appliqué : confirmez la commande avant de l’expédier ou de la livrer.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="73"/>
        <source>Already in that state</source>
        <translation>Déjà dans cet état</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="75"/>
        <source>Would go back to an earlier state</source>
        <translation>Reviendrait à un état antérieur</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="77"/>
        <source>The order&apos;s state no longer changes</source>
        <translation>L’état de la commande ne change plus</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="79"/>
        <source>Would move the shipment backwards</source>
        <translation>Ferait reculer l’expédition</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="81"/>
        <source>The order is not confirmed yet</source>
        <translation>La commande n’est pas encore confirmée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="88"/>
        <source>%1: %n of the selected orders will be changed.</source>
        <translation>
            <numerusform>%1 : %n des commandes sélectionnées sera modifiée.</numerusform>
            <numerusform>%1 : %n des commandes sélectionnées seront modifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="91"/>
        <source>%n order(s) will be skipped:</source>
        <translation>
            <numerusform>%n commande sera ignorée :</numerusform>
            <numerusform>%n commandes seront ignorées :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="93"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="96"/>
        <source>The buyers are not refunded automatically.</source>
        <translation>Les acheteurs ne sont pas remboursés automatiquement.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantTexts.cpp" line="102"/>
        <source>This API client may not change orders (it lacks the scope manage_orders).</source>
        <translation>Ce client API ne peut pas modifier les commandes (il lui manque le scope manage_orders).</translation>
    </message>
</context>
<context>
    <name>OrderActionsBar</name>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="11"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="11"/>
        <source>Confirm the selected orders (C)</source>
        <translation>Confirmer les commandes sélectionnées (C)</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="12"/>
        <source>Co&amp;mplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="12"/>
        <source>Complete the selected orders (M)</source>
        <translation>Terminer les commandes sélectionnées (M)</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="13"/>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="13"/>
        <source>Cancel the selected orders (X)</source>
        <translation>Annuler les commandes sélectionnées (X)</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="14"/>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="15"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="16"/>
        <source>Add delivery…</source>
        <translation>Ajouter une livraison…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="16"/>
        <source>Add a delivery with tracking (D)</source>
        <translation>Ajouter une livraison avec suivi (D)</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="17"/>
        <source>Record return…</source>
        <translation>Enregistrer un retour…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="17"/>
        <source>Record items the buyer sent back, then refund their value</source>
        <translation>Enregistrer les articles renvoyés par l’acheteur, puis rembourser leur valeur</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="18"/>
        <source>Capture…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="24"/>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="25"/>
        <source>Notify new orders</source>
        <translation>Notifier les nouvelles commandes</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="26"/>
        <source>Capture on shipment</source>
        <translation>Encaisser à l’expédition</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="28"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="29"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/OrderActionsBar.ui" line="30"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
</context>
<context>
    <name>OrderFilterBar</name>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="12"/>
        <source>View:</source>
        <translation>Vue :</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="14"/>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="15"/>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="20"/>
        <source>Search order number, PO, e-mail, name or SKU  (/)</source>
        <translation>Rechercher n° de commande, bon, e-mail, nom ou SKU  (/)</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="25"/>
        <source>Not yet in OMS</source>
        <translation>Pas encore dans l’OMS</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="26"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="35"/>
        <source>Created from</source>
        <translation>Créée du</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="37"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="39"/>
        <source>Store key</source>
        <translation>Clé du magasin</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="40"/>
        <source>Business unit key</source>
        <translation>Clé de l’unité commerciale</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="41"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="42"/>
        <source>Min total</source>
        <translation>Montant min.</translation>
    </message>
    <message>
        <location filename="../ui/OrderFilterBar.ui" line="43"/>
        <source>Max total</source>
        <translation>Montant max.</translation>
    </message>
</context>
<context>
    <name>PaymentTexts</name>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="13"/>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="15"/>
        <source>Authorization released</source>
        <translation>Autorisation libérée</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="17"/>
        <source>Capture</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="19"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="21"/>
        <source>Chargeback</source>
        <translation>Rétrofacturation</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="30"/>
        <source>Initial</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="32"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="34"/>
        <source>Success</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="36"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="46"/>
        <source>Capture of %1</source>
        <translation>Encaissement de %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="48"/>
        <source>Refund of %1</source>
        <translation>Remboursement de %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="50"/>
        <source>Release of the authorization</source>
        <translation>Libération de l&apos;autorisation</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="52"/>
        <source>Reversal</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="64"/>
        <source>%1: done.</source>
        <translation>%1 : effectué.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="67"/>
        <source>%1: refused by the payment provider; no money moved.</source>
        <translation>%1 : refusé par le prestataire de paiement ; aucun argent n&apos;a été transféré.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="72"/>
        <source>%1: the answer was lost. The payment was read again: the operation is still pending at the payment provider. Complete sends it again; it is carried out only once.</source>
        <translation>%1 : la réponse a été perdue. Le paiement a été relu : l&apos;opération est toujours en attente chez le prestataire de paiement. « Terminer » l&apos;envoie à nouveau ; elle n&apos;est exécutée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="75"/>
        <source>%1: the payment provider has not confirmed it yet. Complete asks again; it is carried out only once.</source>
        <translation>%1 : le prestataire de paiement ne l&apos;a pas encore confirmé. « Terminer » le redemande ; l&apos;opération n&apos;est exécutée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="81"/>
        <source>%1: another operation on this payment is in progress — reloaded.</source>
        <translation>%1 : une autre opération sur ce paiement est en cours — rechargé.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="83"/>
        <source>%1: the answer was lost (%2). The payment was read again and shows no pending operation: check the timeline before trying again.</source>
        <translation>%1 : la réponse a été perdue (%2). Le paiement a été relu et ne montre aucune opération en attente : vérifiez l&apos;historique avant de réessayer.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="87"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="92"/>
        <source>Order payment state: %1.</source>
        <translation>État du paiement de la commande : %1.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentTexts.cpp" line="95"/>
        <source>The order&apos;s payment state could not be set: %1</source>
        <translation>L&apos;état du paiement de la commande n&apos;a pas pu être défini : %1</translation>
    </message>
</context>
<context>
    <name>PurchaseOrderRules</name>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="34"/>
        <source>3 to 30 letters, digits or - _ . /, starting with a letter or digit</source>
        <translation>3 à 30 lettres, chiffres ou - _ . /, commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="43"/>
        <source>A purchase-order number is required.</source>
        <translation>Un numéro de bon de commande est obligatoire.</translation>
    </message>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="45"/>
        <source>The purchase-order number is too long (at most %1 characters).</source>
        <translation>Le numéro de bon de commande est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="47"/>
        <source>The purchase-order number does not have the required format: %1.</source>
        <translation>Le numéro de bon de commande n’a pas le format requis : %1.</translation>
    </message>
    <message>
        <location filename="../src/checkout/PurchaseOrderRules.cpp" line="49"/>
        <source>The purchase-order format is misconfigured; please contact your administrator.</source>
        <translation>Le format des numéros de bon de commande est mal configuré ; veuillez contacter votre administrateur.</translation>
    </message>
</context>
<context>
    <name>ReturnStateTexts</name>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="10"/>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="12"/>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="14"/>
        <source>Back in stock</source>
        <translation>Remis en stock</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="16"/>
        <source>Unusable</source>
        <translation>Inutilisable</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="25"/>
        <source>Not refundable</source>
        <translation>Non remboursable</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="27"/>
        <source>Refund open</source>
        <translation>Remboursement en attente</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="29"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../src/models/ReturnStateTexts.cpp" line="31"/>
        <source>Not refunded</source>
        <translation>Non remboursé</translation>
    </message>
</context>
<context>
    <name>SellerDetails</name>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="133"/>
        <source>The country must be a two-letter code such as DE or FR.</source>
        <translation>Le pays doit être un code à deux lettres, comme DE ou FR.</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="136"/>
        <source>The VAT id does not have the shape of an EU VAT id for its country prefix (for example DE123456789).</source>
        <translation>Le n° de TVA n’a pas la forme d’un n° de TVA de l’UE pour son préfixe de pays (par exemple FR12345678901).</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="139"/>
        <source>The IBAN is not valid: check the digits (its checksum does not match).</source>
        <translation>L’IBAN n’est pas valide : vérifiez les chiffres (la clé de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="141"/>
        <source>The BIC must have 8 or 11 letters and digits (for example COBADEFFXXX).</source>
        <translation>Le BIC doit comporter 8 ou 11 lettres et chiffres (par exemple BNPAFRPPXXX).</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="143"/>
        <source>The e-mail address is not valid.</source>
        <translation>L’adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="145"/>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Le délai de paiement doit être compris entre 0 et 365 jours.</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="153"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="155"/>
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="157"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="159"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="161"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../src/merchant/SellerDetails.cpp" line="163"/>
        <source>VAT id or tax number</source>
        <translation>N° de TVA ou n° fiscal</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="7"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="11"/>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="18"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="19"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="26"/>
        <source>The embedded sandbox runs inside CommerceDesk on this computer. It needs no set-up: its API clients are provisioned automatically.</source>
        <translation>Le bac à sable intégré s’exécute dans CommerceDesk sur cet ordinateur. Il ne nécessite aucune configuration : ses clients API sont provisionnés automatiquement.</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="31"/>
        <source>&amp;Connect to:</source>
        <translation>&amp;Connexion à :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="33"/>
        <source>Sandbox &amp;URL:</source>
        <translation>&amp;URL du bac à sable :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="34"/>
        <source>http://127.0.0.1:8080</source>
        <translation>http://127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="35"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="37"/>
        <source>&amp;Auth URL:</source>
        <translation>URL d’authentificati&amp;on :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="39"/>
        <source>A&amp;PI URL:</source>
        <translation>URL de l’A&amp;PI :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="41"/>
        <source>Pro&amp;ject key:</source>
        <translation>Clé du pro&amp;jet :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="43"/>
        <source>&amp;Storefront client ID:</source>
        <translation>ID du client &amp;boutique :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="45"/>
        <source>Storefront client s&amp;ecret:</source>
        <translation>Secr&amp;et du client boutique :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="46"/>
        <location filename="../ui/SettingsDialog.ui" line="50"/>
        <source>Kept in the system keychain</source>
        <translation>Conservé dans le trousseau système</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="47"/>
        <source>&amp;Merchant client ID:</source>
        <translation>ID du client &amp;marchand :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="49"/>
        <source>Merchant client se&amp;cret:</source>
        <translation>Secret du client marc&amp;hand :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="56"/>
        <source>Sa&amp;ve profile</source>
        <translation>Enregistrer le pro&amp;fil</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="57"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="58"/>
        <source>&amp;Use this profile</source>
        <translation>Uti&amp;liser ce profil</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="70"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="72"/>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
</context>
<context>
    <name>StorefrontPane</name>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="13"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="38"/>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="39"/>
        <source>Search products by name, description or SKU…</source>
        <translation>Rechercher des produits par nom, description ou SKU…</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="49"/>
        <source>S&amp;ort:</source>
        <translation>&amp;Trier par :</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="55"/>
        <source>Sort products by</source>
        <translation>Trier les produits par</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="60"/>
        <source>&amp;List</source>
        <translation>L&amp;iste</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="61"/>
        <source>Show the products as a list (Ctrl+Shift+L)</source>
        <translation>Afficher les produits sous forme de liste (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="68"/>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="69"/>
        <source>Show the products as a grid of pictures (Ctrl+Shift+G)</source>
        <translation>Afficher les produits sous forme de grille d’images (Ctrl+Maj+G)</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="110"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="131"/>
        <source>Products (grid)</source>
        <translation>Produits (grille)</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="150"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="156"/>
        <source>Quantity to add</source>
        <translation>Quantité à ajouter</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="163"/>
        <source>&amp;Add to cart</source>
        <translation>&amp;Ajouter au panier</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="164"/>
        <source>Add the selected product to the cart (Ctrl+Return); Return opens its details</source>
        <translation>Ajouter le produit sélectionné au panier (Ctrl+Entrée) ; Entrée affiche sa fiche détaillée</translation>
    </message>
</context>
<context>
    <name>VariantText</name>
    <message>
        <location filename="../src/models/VariantText.cpp" line="16"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="18"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="20"/>
        <source>Pack</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="22"/>
        <source>Material</source>
        <translation>Matière</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="29"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="30"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="31"/>
        <source>Navy</source>
        <translation>Marine</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="32"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="33"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="34"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="35"/>
        <source>Sand</source>
        <translation>Sable</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="36"/>
        <source>Oak</source>
        <translation>Chêne</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="84"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/models/VariantText.cpp" line="90"/>
        <source>SKU %1</source>
        <translation>Réf. %1</translation>
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
        <translation>Ajouter une livraison — %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="29"/>
        <source>All items of the order go into one parcel.</source>
        <translation>Tous les articles de la commande sont placés dans un seul colis.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="34"/>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="35"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/AddDeliveryDialog.cpp" line="44"/>
        <source>Capture on shipment is on: the rest of the order&apos;s card payment is captured once this delivery is added.</source>
        <translation>« Encaisser à l’expédition » est activé : le reste du paiement par carte de la commande est encaissé dès que cette livraison est ajoutée.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::AddressForm</name>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="104"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="104"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="104"/>
        <source>Compan&amp;y:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="109"/>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="110"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="105"/>
        <source>&amp;Street:</source>
        <translation>&amp;Rue :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="105"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="105"/>
        <source>Ci&amp;ty:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="106"/>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="106"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="122"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="127"/>
        <source>Pro&amp;vince:</source>
        <translation>Pro&amp;vince :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="127"/>
        <source>Sta&amp;te:</source>
        <translation>Ét&amp;at :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="130"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="190"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="192"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="194"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="196"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="198"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="200"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="202"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="204"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="204"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="216"/>
        <source>%1 is required.</source>
        <translation>Le champ %1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="218"/>
        <source>Postal code does not match the format of %1 (e.g. %2).</source>
        <translation>Le code postal ne correspond pas au format de %1 (p. ex. %2).</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="221"/>
        <source>E-mail is not a valid address (e.g. name@example.com).</source>
        <translation>L’adresse e-mail n’est pas valide (p. ex. nom@example.com).</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/AddressForm.cpp" line="223"/>
        <source>%1 is not valid for this country.</source>
        <translation>Le champ %1 n’est pas valide pour ce pays.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::Backend</name>
    <message>
        <location filename="../src/app/Backend.cpp" line="145"/>
        <source>The backend offers no merchant API client.</source>
        <translation>Le backend ne propose aucun client API marchand.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::BackendSwitch</name>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="32"/>
        <source>merchant client</source>
        <translation>client marchand</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="33"/>
        <source>storefront client</source>
        <translation>client boutique</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="41"/>
        <source>No secret is stored for the %1 of the profile &quot;%2&quot;. Enter it in the settings and save the profile.</source>
        <translation>Aucun secret n’est enregistré pour le %1 du profil « %2 ». Saisissez-le dans les paramètres et enregistrez le profil.</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="45"/>
        <source>No system keychain (Secret Service) is available, so the secret of the %1 of the profile &quot;%2&quot; cannot be read. Enter it in the settings to keep it for this run only.</source>
        <translation>Aucun trousseau système (Secret Service) n’est disponible ; le secret du %1 du profil « %2 » ne peut donc pas être lu. Saisissez-le dans les paramètres pour le conserver pendant cette session uniquement.</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="50"/>
        <source>The secret of the %1 could not be read from the system keychain: %2</source>
        <translation>Le secret du %1 n’a pas pu être lu dans le trousseau système : %2</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="141"/>
        <source>The profile &quot;%1&quot; is incomplete:
%2</source>
        <translation>Le profil « %1 » est incomplet :
%2</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="146"/>
        <source>No secret store is available for the profile &quot;%1&quot;.</source>
        <translation>Aucun stockage de secrets n’est disponible pour le profil « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="170"/>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="199"/>
        <source>The embedded sandbox has no storefront API client.</source>
        <translation>Le bac à sable intégré n’a pas de client API boutique.</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="228"/>
        <source>The embedded orchestrator could not start: %1</source>
        <translation>L’orchestrateur intégré n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="325"/>
        <source>CommerceDesk cannot connect with the profile &quot;%1&quot;:
%2</source>
        <translation>CommerceDesk ne parvient pas à se connecter avec le profil « %1 » :
%2</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="350"/>
        <source>Embedded sandbox · project %1 · %2</source>
        <translation>Bac à sable intégré · projet %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="354"/>
        <source>sandbox</source>
        <translation>bac à sable</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="354"/>
        <source>commercetools</source>
        <translation>commercetools</translation>
    </message>
    <message>
        <location filename="../src/app/BackendSwitch.cpp" line="355"/>
        <source>%1 (%2) · project %3 · %4</source>
        <translation>%1 (%2) · projet %3 · %4</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::BulkProgressDialog</name>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="25"/>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="27"/>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="29"/>
        <source>Changed meanwhile</source>
        <translation>Modifiée entre-temps</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="31"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="33"/>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="35"/>
        <source>Nothing to capture</source>
        <translation>Rien à encaisser</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="49"/>
        <source>The payment provider declined the capture.</source>
        <translation>Le prestataire de paiement a refusé l’encaissement.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="51"/>
        <source>Another operation on the payment still waits for the payment provider.</source>
        <translation>Une autre opération sur ce paiement attend encore le prestataire de paiement.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="53"/>
        <source>The capture is still pending at the payment provider; capture again to complete it.</source>
        <translation>L’encaissement est encore en attente chez le prestataire de paiement ; encaissez à nouveau pour le terminer.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="55"/>
        <source>No authorized amount is left to capture.</source>
        <translation>Il ne reste aucun montant autorisé à encaisser.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="57"/>
        <source>Captured %1.</source>
        <translation>%1 encaissé.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="89"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="88"/>
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n commande</numerusform>
            <numerusform>%1 — %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="152"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="91"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="91"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="91"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/BulkProgressDialog.cpp" line="161"/>
        <source>%1 applied, %2 skipped, %3 not applied.</source>
        <translation>%1 appliquées, %2 ignorées, %3 non appliquées.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::BuyerBar</name>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="64"/>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="65"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="66"/>
        <source>&amp;My orders</source>
        <translation>&amp;Mes commandes</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="59"/>
        <source>Buying as</source>
        <translation>Achat en tant que</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="60"/>
        <source>Personal (B2C)</source>
        <translation>Particulier (B2C)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="61"/>
        <source>Business (B2B)</source>
        <translation>Professionnel (B2B)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="62"/>
        <source>Country and currency</source>
        <translation>Pays et devise</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="112"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="63"/>
        <source>Business unit</source>
        <translation>Unité commerciale</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="67"/>
        <source>Your order history, with detail and reorder</source>
        <translation>Votre historique de commandes, avec le détail et la possibilité de commander à nouveau</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="68"/>
        <source>&amp;Buying as:</source>
        <translation>&amp;Acheter en tant que :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="69"/>
        <source>&amp;Ship to:</source>
        <translation>Pays de &amp;livraison :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="134"/>
        <source>Change the market?</source>
        <translation>Changer de marché ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/storefront/BuyerBar.cpp" line="135"/>
        <source>Your cart holds %n item(s) priced in %1. Ship to %2 instead? The items move to a new cart in %3, at that market&apos;s prices.</source>
        <translation>
            <numerusform>Votre panier contient %n article en %1. Livrer plutôt vers : %2 ? L’article passe dans un nouveau panier en %3, aux prix de ce marché.</numerusform>
            <numerusform>Votre panier contient %n articles en %1. Livrer plutôt vers : %2 ? Les articles passent dans un nouveau panier en %3, aux prix de ce marché.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="142"/>
        <source>&amp;Move items</source>
        <translation>&amp;Transférer les articles</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="144"/>
        <source>&amp;Keep current market</source>
        <translation>&amp;Garder le marché actuel</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="178"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="178"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/BuyerBar.cpp" line="188"/>
        <source>Your role: %1</source>
        <translation>Votre rôle : %1</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::CardFormWidget</name>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="34"/>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="58"/>
        <source>Card &amp;number:</source>
        <translation>&amp;Numéro de carte :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="64"/>
        <source>Security &amp;code:</source>
        <translation>&amp;Code de sécurité :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="71"/>
        <source>E&amp;xpiry:</source>
        <translation>E&amp;xpiration :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="75"/>
        <source>Name on &amp;card:</source>
        <translation>Nom sur la c&amp;arte :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CardFormWidget.cpp" line="147"/>
        <source>Card brand not recognised</source>
        <translation>Marque de carte non reconnue</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::CartPanel</name>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="53"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="54"/>
        <source>Chec&amp;kout…</source>
        <translation>&amp;Passer la commande…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="52"/>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="102"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="103"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="104"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="105"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="150"/>
        <source>Prices changed since you added: %1. The cart shows the current prices.</source>
        <translation>Des prix ont changé depuis l’ajout : %1. Le panier affiche les prix actuels.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="155"/>
        <source>The cart was changed elsewhere; it was reloaded and your change applied.</source>
        <translation>Le panier a été modifié ailleurs ; il a été rechargé et votre modification a été appliquée.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="170"/>
        <source>Your cart is empty</source>
        <translation>Votre panier est vide</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="183"/>
        <source>at checkout</source>
        <translation>lors du paiement</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CartPanel.cpp" line="187"/>
        <source>after the address</source>
        <translation>après saisie de l’adresse</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ChallengeDialog</name>
    <message>
        <location filename="../src/app/storefront/ChallengeDialog.cpp" line="21"/>
        <source>Confirm your payment</source>
        <translation>Confirmez votre paiement</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ChallengeDialog.cpp" line="23"/>
        <source>Your card issuer asks you to confirm this payment. Enter the code it sent you.</source>
        <translation>L’émetteur de votre carte vous demande de confirmer ce paiement. Saisissez le code qu’il vous a envoyé.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ChallengeDialog.cpp" line="29"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ChallengeDialog.cpp" line="33"/>
        <source>&amp;Confirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::CheckoutView</name>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="93"/>
        <source>The card was declined: insufficient funds. Please use another card.</source>
        <translation>La carte a été refusée : provision insuffisante. Veuillez utiliser une autre carte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="95"/>
        <source>The card was declined because it has expired. Please use another card.</source>
        <translation>La carte a été refusée car elle a expiré. Veuillez utiliser une autre carte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="97"/>
        <source>The payment could not be confirmed with your card issuer. Please try again or use another card.</source>
        <translation>Le paiement n’a pas pu être confirmé auprès de l’émetteur de votre carte. Veuillez réessayer ou utiliser une autre carte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="100"/>
        <source>The card was declined by its issuer. Please use another card.</source>
        <translation>La carte a été refusée par son émetteur. Veuillez utiliser une autre carte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="114"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="116"/>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="129"/>
        <source>1 Address</source>
        <translation>1 Adresse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="129"/>
        <source>2 Shipping</source>
        <translation>2 Livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="129"/>
        <source>3 Payment</source>
        <translation>3 Paiement</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="129"/>
        <source>4 Review</source>
        <translation>4 Vérification</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="130"/>
        <source>5 Confirmation</source>
        <translation>5 Confirmation</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="159"/>
        <source>Back to &amp;catalog</source>
        <translation>Retour au &amp;catalogue</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="206"/>
        <source>Shipping address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="210"/>
        <source>Sa&amp;ved addresses:</source>
        <translation>Adresses &amp;enregistrées :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="228"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="230"/>
        <source>&amp;Same as the shipping address</source>
        <translation>&amp;Identique à l’adresse de livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="242"/>
        <source>Continue to &amp;shipping</source>
        <translation>Continuer vers la &amp;livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="252"/>
        <source>Where should we deliver?</source>
        <translation>Où devons-nous livrer ?</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="261"/>
        <source>Shipping methods</source>
        <translation>Modes de livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="267"/>
        <source>Shipping &amp;method:</source>
        <translation>&amp;Mode de livraison :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="273"/>
        <source>Continue to &amp;payment</source>
        <translation>Continuer vers le &amp;paiement</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="277"/>
        <source>Please choose a shipping method.</source>
        <translation>Veuillez choisir un mode de livraison.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="285"/>
        <source>How should it be shipped?</source>
        <translation>Comment souhaitez-vous être livré ?</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="292"/>
        <source>Credit or debit &amp;card</source>
        <translation>Carte de crédit ou de &amp;débit</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="294"/>
        <source>&amp;Purchase order (pay by invoice)</source>
        <translation>&amp;Bon de commande (paiement sur facture)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="300"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="305"/>
        <source>Your card goes only to the payment gateway; the shop never stores it.</source>
        <translation>Les données de votre carte sont transmises uniquement à la passerelle de paiement ; la boutique ne les conserve jamais.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="310"/>
        <source>Purchase order</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="319"/>
        <source>PO &amp;number:</source>
        <translation>&amp;Numéro de bon de commande :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="321"/>
        <source>Invoice &amp;memo:</source>
        <translation>&amp;Mention sur la facture :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="334"/>
        <source>Continue to &amp;review</source>
        <translation>Continuer vers la &amp;vérification</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="338"/>
        <source>How would you like to pay?</source>
        <translation>Comment souhaitez-vous payer ?</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="353"/>
        <source>&amp;Place order</source>
        <translation>&amp;Valider la commande</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="360"/>
        <source>Check your order</source>
        <translation>Vérifiez votre commande</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="371"/>
        <source>Continue &amp;shopping</source>
        <translation>&amp;Continuer mes achats</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="374"/>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="396"/>
        <source>Please complete the card details.</source>
        <translation>Veuillez compléter les informations de la carte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="418"/>
        <source>Tax could not be calculated right now, so the checkout cannot continue. Your cart and address are kept; please retry in a moment.
%1</source>
        <translation>La taxe ne peut pas être calculée pour le moment ; le paiement ne peut donc pas se poursuivre. Votre panier et votre adresse sont conservés ; veuillez réessayer dans un instant.
%1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="431"/>
        <source>Note: your company already used purchase order %1 for another order.</source>
        <translation>Remarque : votre entreprise a déjà utilisé le bon de commande %1 pour une autre commande.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="438"/>
        <source>The order total changed, so the earlier card authorization was released. Please enter your card details again.</source>
        <translation>Le montant de la commande a changé : l’autorisation de carte précédente a été libérée. Veuillez saisir à nouveau vos données de carte.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="462"/>
        <source>Enter a new address</source>
        <translation>Saisir une nouvelle adresse</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="554"/>
        <source>Purchase order %1 — invoice</source>
        <translation>Bon de commande %1 — facture</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="557"/>
        <source>%1 %2, expires %3/%4</source>
        <translation>%1 %2, expire fin %3/%4</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="539"/>
        <source>%1 tax: %2</source>
        <translation>Taxe %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/CheckoutView.cpp" line="541"/>
        <source>Tax calculated for your address: %1</source>
        <translation>Taxe calculée pour votre adresse : %1</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::Composition</name>
    <message>
        <location filename="../src/app/Composition.cpp" line="38"/>
        <source>There is no connection profile named &quot;%1&quot;. Known profiles: %2
</source>
        <translation>Aucun profil de connexion ne s’appelle « %1 ». Profils connus : %2
</translation>
    </message>
    <message>
        <location filename="../src/app/Composition.cpp" line="144"/>
        <source>Not connected yet: enter your project&apos;s details in the settings, save the profile and choose &quot;Use this profile&quot;.</source>
        <translation>Pas encore connecté : saisissez les informations de votre projet dans les paramètres, enregistrez le profil et choisissez « Utiliser ce profil ».</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ConflictDialog</name>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="21"/>
        <source>Order state</source>
        <translation>État de la commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="23"/>
        <source>Payment state</source>
        <translation>État du paiement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="25"/>
        <source>Shipment state</source>
        <translation>État de l’expédition</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="27"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="29"/>
        <source>OMS sync entries</source>
        <translation>Entrées de synchronisation OMS</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="31"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="33"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="35"/>
        <source>PO number</source>
        <translation>N° de bon de commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="37"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="52"/>
        <source>The order changed</source>
        <translation>La commande a été modifiée</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="53"/>
        <source>Order %1 was changed by someone else while you were looking at it, so &quot;%2&quot; was not applied. This is what changed:</source>
        <translation>La commande %1 a été modifiée par quelqu’un d’autre pendant que vous la consultiez ; « %2 » n’a donc pas été appliqué. Voici ce qui a changé :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="56"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="56"/>
        <source>You saw</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="56"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ConflictDialog.cpp" line="76"/>
        <source>Apply again</source>
        <translation>Appliquer à nouveau</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ConnectionTester</name>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="15"/>
        <source>Merchant client</source>
        <translation>Client marchand</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="16"/>
        <source>Storefront client</source>
        <translation>Client boutique</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="32"/>
        <source>%1: the auth server refused the client ID or secret.</source>
        <translation>%1 : le serveur d’authentification a refusé l’ID client ou le secret.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="34"/>
        <source>%1: the client may not use the requested scopes (%2).</source>
        <translation>%1 : le client n’est pas autorisé à utiliser les scopes demandés (%2).</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="36"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="129"/>
        <source>%1: connected, but the client lacks these scopes: %2.</source>
        <translation>%1 : connecté, mais il manque au client les scopes suivants : %2.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="132"/>
        <source>%1: connected, view only (no manage_orders scope: order actions are hidden).</source>
        <translation>%1 : connecté, en lecture seule (pas de scope manage_orders : les actions sur les commandes sont masquées).</translation>
    </message>
    <message>
        <location filename="../src/app/settings/ConnectionTester.cpp" line="135"/>
        <source>%1: connected, all required scopes granted.</source>
        <translation>%1 : connecté, tous les scopes requis sont accordés.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::DeskPrompter</name>
    <message>
        <location filename="../src/app/merchant/DeskPrompter.cpp" line="31"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/DeskPrompter.cpp" line="33"/>
        <source>Don&apos;t</source>
        <translation>Ne pas appliquer</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::EmptyListNotice</name>
    <message>
        <location filename="../src/app/merchant/EmptyListNotice.cpp" line="38"/>
        <source>No orders yet. Orders placed in the shop appear here.</source>
        <translation>Aucune commande pour l’instant. Les commandes passées dans la boutique apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/EmptyListNotice.cpp" line="40"/>
        <source>No orders match “%1” with these filters.
Search for part of an order number, PO number, e-mail, name or SKU, or clear the search and filters to see every order.</source>
        <translation>Aucune commande ne correspond à « %1 » avec ces filtres.
Cherchez une partie d’un numéro de commande, de bon de commande, d’e-mail, de nom ou de SKU, ou effacez la recherche et les filtres pour voir toutes les commandes.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/EmptyListNotice.cpp" line="44"/>
        <source>No orders match these filters.
Clear the filters to see every order.</source>
        <translation>Aucune commande ne correspond à ces filtres.
Effacez les filtres pour voir toutes les commandes.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ExportDialog</name>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="93"/>
        <source>One row per order</source>
        <translation>Une ligne par commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="94"/>
        <source>One row per line item</source>
        <translation>Une ligne par article</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="95"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="96"/>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="210"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="92"/>
        <source>Export orders to CSV</source>
        <translation>Exporter les commandes en CSV</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="97"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="66"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="66"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="75"/>
        <source>The export uses the current filters and does not hold all orders in memory.</source>
        <translation>L’export utilise les filtres actuels et ne charge pas toutes les commandes en mémoire.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="98"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="99"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="100"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="125"/>
        <source>%1 orders, %2 rows written…</source>
        <translation>%1 commandes, %2 lignes écrites…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="132"/>
        <source>Exported %1 orders (%2 rows).</source>
        <translation>%1 commandes exportées (%2 lignes).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="138"/>
        <source>The export failed; the file was removed.</source>
        <translation>L’export a échoué ; le fichier a été supprimé.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="141"/>
        <source>Export cancelled; the file was removed.</source>
        <translation>Export annulé ; le fichier a été supprimé.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="189"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="96"/>
        <location filename="../src/app/merchant/ExportDialog.cpp" line="193"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::FacetPanel</name>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="74"/>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="205"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="73"/>
        <source>Clear filt&amp;ers</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="70"/>
        <source>&amp;Categories</source>
        <translation>Catég&amp;ories</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="71"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="72"/>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="75"/>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="93"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="95"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="97"/>
        <source>Material</source>
        <translation>Matière</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="99"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="101"/>
        <source>Diameter</source>
        <translation>Diamètre</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="103"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="105"/>
        <source>Pack size</source>
        <translation>Conditionnement</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="107"/>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="109"/>
        <source>Grade</source>
        <translation>Gamme</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="111"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="152"/>
        <source>Under %1</source>
        <translation>Moins de %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="154"/>
        <source>%1 and above</source>
        <translation>%1 et plus</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="156"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/FacetPanel.cpp" line="157"/>
        <source>Any price</source>
        <translation>Tous les prix</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/storefront/FacetPanel.cpp" line="205"/>
        <source>&amp;Filters (%n active)</source>
        <translation>
            <numerusform>&amp;Filtres (%n actif)</numerusform>
            <numerusform>&amp;Filtres (%n actifs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::FirstRunDialog</name>
    <message>
        <location filename="../src/app/FirstRunDialog.cpp" line="61"/>
        <location filename="../src/app/FirstRunDialog.cpp" line="62"/>
        <source>Welcome to CommerceDesk</source>
        <translation>Bienvenue dans CommerceDesk</translation>
    </message>
    <message>
        <location filename="../src/app/FirstRunDialog.cpp" line="63"/>
        <source>CommerceDesk can run on a built-in sandbox with a demo catalog, customers and orders, right on this computer — nothing to set up. You can connect to your own commercetools project at any time later in the settings.</source>
        <translation>CommerceDesk peut fonctionner directement sur cet ordinateur avec un bac à sable intégré, doté d’un catalogue de démonstration, de clients et de commandes — aucune configuration n’est nécessaire. Vous pourrez vous connecter à votre propre projet commercetools à tout moment dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../src/app/FirstRunDialog.cpp" line="66"/>
        <source>Try it on the built-in sandbox (recommended)</source>
        <translation>Essayer avec le bac à sable intégré (recommandé)</translation>
    </message>
    <message>
        <location filename="../src/app/FirstRunDialog.cpp" line="67"/>
        <source>Connect to my commercetools project…</source>
        <translation>Me connecter à mon projet commercetools…</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="30"/>
        <location filename="../src/app/MainWindow.cpp" line="145"/>
        <source>Storefront</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="31"/>
        <location filename="../src/app/MainWindow.cpp" line="146"/>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="147"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="112"/>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="116"/>
        <source>Open settings…</source>
        <translation>Ouvrir les paramètres…</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="155"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="161"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MerchantPane</name>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="72"/>
        <source>Connecting to the backend…</source>
        <translation>Connexion au backend…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="297"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="283"/>
        <source>View only: this API client may not change orders.</source>
        <translation>Lecture seule : ce client API n’est pas autorisé à modifier les commandes.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="244"/>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="244"/>
        <source>Return: %1</source>
        <translation>Retour : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="429"/>
        <source>%1 loaded</source>
        <translation>Chargées : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="432"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="434"/>
        <source>%1 orders</source>
        <translation>%1 commandes</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="519"/>
        <source>Save invoices as PDF</source>
        <translation>Enregistrer les factures en PDF</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="520"/>
        <source>Save packing slips as PDF</source>
        <translation>Enregistrer les bons de livraison en PDF</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="522"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="559"/>
        <source>New orders</source>
        <translation>Nouvelles commandes</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/MerchantPane.cpp" line="549"/>
        <source>%n new order(s), latest %1</source>
        <translation>
            <numerusform>%n nouvelle commande, la plus récente : %1</numerusform>
            <numerusform>%n nouvelles commandes, la plus récente : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="313"/>
        <source>Orders could not be loaded: %1</source>
        <translation>Les commandes n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="139"/>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="570"/>
        <source>Order detail</source>
        <translation>Détail de la commande</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::NoticeBar</name>
    <message>
        <location filename="../src/app/NoticeBar.cpp" line="85"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../src/app/NoticeBar.cpp" line="86"/>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderActionRunner</name>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="43"/>
        <source>Loading %n order(s)…</source>
        <translation>
            <numerusform>Chargement de %n commande…</numerusform>
            <numerusform>Chargement de %n commandes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="48"/>
        <source>The selected orders no longer exist.</source>
        <translation>Les commandes sélectionnées n’existent plus.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="51"/>
        <source>The selected orders could not be loaded: %1</source>
        <translation>Les commandes sélectionnées n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="94"/>
        <source>%1: done for %2 (applied again after a background update of the order).</source>
        <translation>%1 : effectué pour %2 (appliqué à nouveau après une mise à jour de la commande en arrière-plan).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="96"/>
        <source>%1: done for %2.</source>
        <translation>%1 : effectué pour %2.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="104"/>
        <source>The order changed meanwhile; nothing was applied.</source>
        <translation>La commande a été modifiée entre-temps ; rien n’a été appliqué.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="115"/>
        <source>%1 failed: %2</source>
        <translation>%1 : échec — %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="122"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="128"/>
        <source>%1: %2…</source>
        <translation>%1 : %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="140"/>
        <source>%1 — %n order(s)</source>
        <translation>
            <numerusform>%1 — %n commande</numerusform>
            <numerusform>%1 — %n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="143"/>
        <source>%1 %n order(s)</source>
        <translation>
            <numerusform>%1 : %n commande</numerusform>
            <numerusform>%1 : %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="143"/>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="261"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="148"/>
        <source>%1: nothing was changed.</source>
        <translation>%1 : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="169"/>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="172"/>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="171"/>
        <source>Cancel order %1? The buyer is not refunded automatically.</source>
        <translation>Annuler la commande %1 ? L’acheteur n’est pas remboursé automatiquement.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="224"/>
        <source>Delivery added for %1; capturing the payment…</source>
        <translation>Livraison ajoutée pour %1 ; encaissement du paiement…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="232"/>
        <source>Delivery added for %1; captured %2.</source>
        <translation>Livraison ajoutée pour %1 ; %2 encaissé.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="235"/>
        <source>Delivery added for %1; nothing was left to capture.</source>
        <translation>Livraison ajoutée pour %1 ; il ne restait rien à encaisser.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="237"/>
        <source>Delivery added for %1; the capture failed: %2</source>
        <translation>Livraison ajoutée pour %1 ; l’encaissement a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="255"/>
        <source>Capture — %n order(s)</source>
        <translation>
            <numerusform>Encaisser — %n commande</numerusform>
            <numerusform>Encaisser — %n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="256"/>
        <source>Capture what is left of the authorized card payments of %n selected order(s)?</source>
        <translation>
            <numerusform>Encaisser le reste des paiements par carte autorisés de %n commande sélectionnée ?</numerusform>
            <numerusform>Encaisser le reste des paiements par carte autorisés de %n commandes sélectionnées ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="259"/>
        <source>%n of them have no payment and have nothing to capture.</source>
        <translation>
            <numerusform>%n d’entre elles n’a pas de paiement et rien à encaisser.</numerusform>
            <numerusform>%n d’entre elles n’ont pas de paiement et rien à encaisser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="261"/>
        <source>Capture %n order(s)</source>
        <translation>
            <numerusform>Encaisser %n commande</numerusform>
            <numerusform>Encaisser %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="264"/>
        <source>Capture: nothing was captured.</source>
        <translation>Encaisser : rien n’a été encaissé.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="271"/>
        <source>Capture</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="287"/>
        <source>Seller details needed</source>
        <translation>Informations vendeur requises</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="288"/>
        <source>An invoice must name the seller. These details are missing: %1.

Enter them now?</source>
        <translation>Une facture doit indiquer le vendeur. Ces informations manquent : %1.

Les saisir maintenant ?</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="290"/>
        <source>Enter seller details…</source>
        <translation>Saisir les informations vendeur…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="311"/>
        <source>Invoices need the seller&apos;s details: Print → Seller details…</source>
        <translation>Les factures exigent les informations du vendeur : Imprimer → Informations vendeur…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="328"/>
        <source>Could not assign an invoice number: the number file is in use or cannot be written. Try again.</source>
        <translation>Impossible d’attribuer un n° de facture : le fichier des numéros est occupé ou non modifiable. Réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="356"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionRunner.cpp" line="356"/>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderActionsBar</name>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="30"/>
        <source>This API client may not capture payments (it lacks the scope manage_checkout_payment_intents).</source>
        <translation>Ce client API ne peut pas encaisser de paiements (il lui manque le scope manage_checkout_payment_intents).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="33"/>
        <source>Capture what is left of the selected orders&apos; card payments</source>
        <translation>Encaisser le reste des paiements par carte des commandes sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="35"/>
        <source>Adding a delivery that ships every remaining item captures the rest of the order&apos;s card payment</source>
        <translation>Une livraison qui expédie tous les articles restants encaisse le reste du paiement par carte de la commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="39"/>
        <source>Record items the buyer sent back, then refund their value</source>
        <translation>Enregistrer les articles renvoyés par l’acheteur, puis rembourser leur valeur</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="72"/>
        <source>Packing slip…</source>
        <translation>Bon de livraison…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="76"/>
        <source>Invoice…</source>
        <translation>Facture…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderActionsBar.cpp" line="82"/>
        <source>Seller details…</source>
        <translation>Informations vendeur…</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderDetailDocument</name>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="60"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="61"/>
        <source>Order state</source>
        <translation>État de la commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="62"/>
        <source>Payment state</source>
        <translation>État du paiement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="64"/>
        <source>Shipment state</source>
        <translation>État de l’expédition</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="66"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="68"/>
        <source>Business unit</source>
        <translation>Unité commerciale</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="72"/>
        <source>PO number</source>
        <translation>N° de bon de commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="74"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="75"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="78"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="79"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="80"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="83"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="86"/>
        <source>Shipping method</source>
        <translation>Mode de livraison</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="90"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="92"/>
        <source>Tax %1</source>
        <translation>Taxe %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="96"/>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="98"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="107"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="110"/>
        <source>Pay by invoice (purchase order).</source>
        <translation>Paiement sur facture (bon de commande).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="110"/>
        <source>No payment.</source>
        <translation>Aucun paiement.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="112"/>
        <source>Loading the payment…</source>
        <translation>Chargement du paiement…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="119"/>
        <source>PSP reference: %1</source>
        <translation>Référence PSP : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="121"/>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="125"/>
        <source>Authorization code: %1</source>
        <translation>Code d&apos;autorisation : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="128"/>
        <source>Card: %1 ending in %2</source>
        <translation>Carte : %1 se terminant par %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="138"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="141"/>
        <source>Not shipped yet.</source>
        <translation>Pas encore expédiée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="146"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="149"/>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="154"/>
        <source>no tracking</source>
        <translation>sans suivi</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="166"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="170"/>
        <source>Custom item</source>
        <translation>Article personnalisé</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="172"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="173"/>
        <source>shipment: %1</source>
        <translation>expédition : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="174"/>
        <source>refund: %1</source>
        <translation>remboursement : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="177"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="186"/>
        <source>Order management system</source>
        <translation>Système de gestion des commandes</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="188"/>
        <source>Not yet received by the OMS.</source>
        <translation>Pas encore reçue par l’OMS.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="192"/>
        <source>Synced %1 as %2</source>
        <translation>Synchronisée le %1 sous la référence %2</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="199"/>
        <source>Delivery attempts: %1</source>
        <translation>Tentatives d’envoi : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="201"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="209"/>
        <source>The OMS has no delivery log for this order.</source>
        <translation>L’OMS ne dispose d’aucun journal d’envoi pour cette commande.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailDocument.cpp" line="213"/>
        <source>The OMS delivery log could not be read: %1</source>
        <translation>Le journal de livraison de l’OMS n’a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderDetailPanel</name>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="143"/>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="144"/>
        <source>Show the detail in its own window</source>
        <translation>Afficher le détail dans une fenêtre séparée</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="145"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="119"/>
        <source>This API client may not read the order history (view_messages).</source>
        <translation>Ce client API n’a pas le droit de lire l’historique de la commande (view_messages).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="120"/>
        <source>No changes recorded for this order yet.</source>
        <translation>Aucune modification n’a encore été enregistrée pour cette commande.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="143"/>
        <source>Attach</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="276"/>
        <source>The order could not be loaded: %1</source>
        <translation>La commande n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="272"/>
        <source>No order selected</source>
        <translation>Aucune commande sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="284"/>
        <source>Select an order to see its items, payment, deliveries and history.</source>
        <translation>Sélectionnez une commande pour voir ses articles, son paiement, ses livraisons et son historique.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="273"/>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="344"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderDetailPanel.cpp" line="285"/>
        <source>Loading the order…</source>
        <translation>Chargement de la commande…</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderFilterBar</name>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="167"/>
        <source>Any order state</source>
        <translation>Tous les états de commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="169"/>
        <source>Any payment</source>
        <translation>Tous les états de paiement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="171"/>
        <source>Any shipment</source>
        <translation>Tous les états d’expédition</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="173"/>
        <source>With or without PO</source>
        <translation>Avec ou sans bon de commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="174"/>
        <source>With PO number</source>
        <translation>Avec numéro de bon de commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="175"/>
        <source>Without PO number</source>
        <translation>Sans numéro de bon de commande</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="184"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="176"/>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="267"/>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="282"/>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/OrderFilterBar.cpp" line="283"/>
        <source>Name of this view (filters, columns and sort):</source>
        <translation>Nom de cette vue (filtres, colonnes et tri) :</translation>
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
        <translation>Commander à &amp;nouveau</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="260"/>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="261"/>
        <source>Load the orders again (F5)</source>
        <translation>Recharger les commandes (F5)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="262"/>
        <source>&amp;Back to shopping</source>
        <translation>&amp;Retour à la boutique</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="264"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="263"/>
        <source>&amp;Orders:</source>
        <translation>C&amp;ommandes :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="265"/>
        <source>Order lines</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="267"/>
        <source>Put this order&apos;s items into a new cart (Ctrl+R)</source>
        <translation>Placer les articles de cette commande dans un nouveau panier (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="240"/>
        <source>The order could not be put into a new cart. %1</source>
        <translation>La commande n’a pas pu être reprise dans un nouveau panier. %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="279"/>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="307"/>
        <source>Orders of your business unit</source>
        <translation>Commandes de votre unité commerciale</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="280"/>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="307"/>
        <source>Your orders</source>
        <translation>Vos commandes</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="281"/>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="310"/>
        <source>There are no orders yet.</source>
        <translation>Aucune commande pour le moment.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="330"/>
        <source>Putting order %1 into a new cart…</source>
        <translation>Reprise de la commande %1 dans un nouveau panier…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="341"/>
        <source>Select an order to see its details.</source>
        <translation>Sélectionnez une commande pour en voir le détail.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="353"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="355"/>
        <source>Placed</source>
        <translation>Passée le</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="357"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="359"/>
        <source>PO number</source>
        <translation>N° de bon de commande</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="361"/>
        <source>Business unit</source>
        <translation>Unité commerciale</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="363"/>
        <source>Ordered by</source>
        <translation>Commandée par</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="364"/>
        <source>Ship to</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="366"/>
        <source>Bill to</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="368"/>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="369"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="374"/>
        <source>Net</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="376"/>
        <source>Tax %1</source>
        <translation>Taxe %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/OrderHistoryView.cpp" line="380"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::OrderTableHeader</name>
    <message>
        <location filename="../src/app/merchant/OrderTableHeader.cpp" line="123"/>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::PaymentAmountDialog</name>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="33"/>
        <source>Capture payment</source>
        <translation>Encaisser le paiement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="33"/>
        <source>Refund payment</source>
        <translation>Rembourser le paiement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="34"/>
        <source>Still to capture: %1</source>
        <translation>Reste à encaisser : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="35"/>
        <source>Still to refund: %1</source>
        <translation>Reste remboursable : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="50"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="54"/>
        <source>e.g. returned item, goodwill</source>
        <translation>p. ex. article retourné, geste commercial</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="55"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="59"/>
        <source>%1 × %2 — %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="69"/>
        <source>Refund the value of these items:</source>
        <translation>Rembourser la valeur de ces articles :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="129"/>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="131"/>
        <source>Only %1 is left to capture.</source>
        <translation>Il ne reste que %1 à encaisser.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="132"/>
        <source>Only %1 is left to refund.</source>
        <translation>Il ne reste que %1 à rembourser.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="138"/>
        <source>Capture %1</source>
        <translation>Encaisser %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentAmountDialog.cpp" line="139"/>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::PaymentPanel</name>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="169"/>
        <source>Payment transactions</source>
        <translation>Opérations de paiement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="170"/>
        <source>Authorized:</source>
        <translation>Autorisé :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="170"/>
        <source>Captured:</source>
        <translation>Encaissé :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="170"/>
        <source>Refunded:</source>
        <translation>Remboursé :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="170"/>
        <source>Left to capture:</source>
        <translation>Reste à encaisser :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="171"/>
        <source>Left to refund:</source>
        <translation>Reste remboursable :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="175"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="176"/>
        <source>Capture…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="177"/>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="178"/>
        <source>Release authorization…</source>
        <translation>Libérer l&apos;autorisation…</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="179"/>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="280"/>
        <source>This API client may not capture, refund or release payments (it lacks the scope manage_checkout_payment_intents).</source>
        <translation>Ce client API ne peut ni encaisser, ni rembourser, ni libérer des paiements (il lui manque le scope manage_checkout_payment_intents).</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="282"/>
        <source>An operation is waiting for the payment provider: Complete it first.</source>
        <translation>Une opération attend le prestataire de paiement : terminez-la d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="290"/>
        <source>Nothing is left to capture.</source>
        <translation>Il ne reste rien à encaisser.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="291"/>
        <source>Nothing captured is left to refund.</source>
        <translation>Il ne reste rien d&apos;encaissé à rembourser.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="293"/>
        <source>Only an authorization with nothing captured can be released.</source>
        <translation>Seule une autorisation dont rien n&apos;a été encaissé peut être libérée.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="295"/>
        <source>Sends the pending operation again; it is carried out only once.</source>
        <translation>Renvoie l&apos;opération en attente ; elle n&apos;est exécutée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="298"/>
        <source>View only: this API client may not capture, refund or release payments.</source>
        <translation>Lecture seule : ce client API ne peut ni encaisser, ni rembourser, ni libérer des paiements.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="358"/>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="379"/>
        <source>Release authorization</source>
        <translation>Libérer l&apos;autorisation</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="360"/>
        <source>Release the authorization of %1? The buyer&apos;s card is no longer held and nothing can be captured afterwards.</source>
        <translation>Libérer l&apos;autorisation de %1 ? La carte de l&apos;acheteur n&apos;est plus bloquée et plus rien ne pourra être encaissé ensuite.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="363"/>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="383"/>
        <source>Release %1</source>
        <translation>Libérer %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/PaymentPanel.cpp" line="380"/>
        <source>The order is cancelled. Release its card authorization of %1 as well, so the buyer&apos;s money is no longer held?</source>
        <translation>La commande est annulée. Libérer aussi son autorisation de carte de %1, afin que l&apos;argent de l&apos;acheteur ne soit plus bloqué ?</translation>
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
        <translation>Prix dégressifs :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="65"/>
        <source>&amp;Add to cart</source>
        <translation>&amp;Ajouter au panier</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="68"/>
        <source>Product details</source>
        <translation>Détails du produit</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="82"/>
        <source>Product picture</source>
        <translation>Image du produit</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="86"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="99"/>
        <source>Volume prices</source>
        <translation>Prix dégressifs</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="100"/>
        <source>From quantity</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="100"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="110"/>
        <source>Quantity to add</source>
        <translation>Quantité à ajouter</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="116"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="119"/>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="120"/>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="121"/>
        <source>Availability:</source>
        <translation>Disponibilité :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="132"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="193"/>
        <source>SKU: %1</source>
        <translation>SKU : %1</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="193"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="198"/>
        <source>No price for your country and currency</source>
        <translation>Aucun prix pour votre pays et votre devise</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="201"/>
        <source>%1 (was %2)</source>
        <translation>%1 (au lieu de %2)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="208"/>
        <source>Availability unknown</source>
        <translation>Disponibilité inconnue</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="212"/>
        <source>Out of stock — back in %n day(s)</source>
        <translation>
            <numerusform>En rupture de stock — de nouveau disponible dans %n jour</numerusform>
            <numerusform>En rupture de stock — de nouveau disponible dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="213"/>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="216"/>
        <source>In stock (%1 available)</source>
        <translation>En stock (quantité disponible : %1)</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="218"/>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="267"/>
        <source>%1 each</source>
        <translation>%1 l’unité</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="277"/>
        <source>Loading picture…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductDetailDialog.cpp" line="278"/>
        <source>No picture</source>
        <translation>Aucune image</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ProductGridDelegate</name>
    <message>
        <location filename="../src/app/storefront/ProductGridDelegate.cpp" line="78"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/ProductGridDelegate.cpp" line="104"/>
        <source>No price</source>
        <translation>Aucun prix</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::QuickOrderDialog</name>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="35"/>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="36"/>
        <source>&amp;Add to cart</source>
        <translation>&amp;Ajouter au panier</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="39"/>
        <source>Quick order</source>
        <translation>Commande rapide</translation>
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
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="50"/>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="52"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="62"/>
        <source>Paste or drop a CSV here: one &quot;sku,quantity&quot; per line</source>
        <translation>Collez ou déposez un CSV ici : une ligne « SKU,quantité » par article</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="64"/>
        <source>&amp;Lines:</source>
        <translation>Li&amp;gnes :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="68"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="68"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="68"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="134"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="146"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="158"/>
        <source>%1 of %2 lines can be added.</source>
        <translation>%1 ligne(s) sur %2 peuvent être ajoutées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/storefront/QuickOrderDialog.cpp" line="160"/>
        <source>&amp;Add %n line(s) to cart</source>
        <translation>
            <numerusform>&amp;Ajouter %n ligne au panier</numerusform>
            <numerusform>&amp;Ajouter %n lignes au panier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ReturnDialog</name>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="29"/>
        <source>Record return — %1</source>
        <translation>Enregistrer un retour — %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="30"/>
        <source>How many units of each item came back? They are recorded as returned.</source>
        <translation>Combien d’unités de chaque article sont revenues ? Elles sont enregistrées comme retournées.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="34"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="34"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="34"/>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="48"/>
        <source>Units of %1 returned</source>
        <translation>Unités de %1 retournées</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="55"/>
        <source>e.g. too small, damaged in transit</source>
        <translation>p. ex. trop petit, abîmé pendant le transport</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="57"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="63"/>
        <source>Record return</source>
        <translation>Enregistrer le retour</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="123"/>
        <source>Value of the returned items: %1</source>
        <translation>Valeur des articles retournés : %1</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnDialog.cpp" line="125"/>
        <source>Choose how many units came back.</source>
        <translation>Indiquez combien d’unités sont revenues.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::ReturnsPanel</name>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="93"/>
        <source>The returned item to act on</source>
        <translation>L’article retourné concerné</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="94"/>
        <source>Returned item</source>
        <translation>Article retourné</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="95"/>
        <source>Back in stock</source>
        <translation>Remis en stock</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="96"/>
        <source>Unusable</source>
        <translation>Inutilisable</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="97"/>
        <source>Refund state</source>
        <translation>État du remboursement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="137"/>
        <source>Custom item</source>
        <translation>Article personnalisé</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="138"/>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="179"/>
        <source>Only an item that came back (Returned) can be put back in stock or marked unusable.</source>
        <translation>Seul un article revenu (Retourné) peut être remis en stock ou marqué inutilisable.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="180"/>
        <source>The returned item is back in stock</source>
        <translation>L’article retourné est remis en stock</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="181"/>
        <source>The returned item cannot be sold again</source>
        <translation>L’article retourné ne peut plus être vendu</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="182"/>
        <source>Record whether the returned item was refunded</source>
        <translation>Indiquer si l’article retourné a été remboursé</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/ReturnsPanel.cpp" line="183"/>
        <source>The refund of this item is already settled or not possible.</source>
        <translation>Le remboursement de cet article est déjà réglé ou impossible.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::SellerDetailsDialog</name>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="26"/>
        <source>Seller details</source>
        <translation>Informations vendeur</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="31"/>
        <source>Invoices name the seller: legal name, full address and a VAT id or tax number are required. Packing slips show only the name and address.</source>
        <translation>Les factures indiquent le vendeur : raison sociale, adresse complète et n° de TVA ou n° fiscal sont obligatoires. Les bons de livraison n’affichent que le nom et l’adresse.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="35"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="37"/>
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="39"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="41"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="43"/>
        <source>Country (ISO code)</source>
        <translation>Pays (code ISO)</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="46"/>
        <source>VAT id</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="49"/>
        <source>Tax number</source>
        <translation>N° fiscal</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="51"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="53"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/SellerDetailsDialog.cpp" line="65"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="60"/>
        <source>The embedded sandbox</source>
        <translation>Le bac à sable intégré</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="61"/>
        <source>A sandbox running elsewhere</source>
        <translation>Un bac à sable exécuté ailleurs</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="62"/>
        <source>A commercetools project</source>
        <translation>Un projet commercetools</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="67"/>
        <source>Custom URLs</source>
        <translation>URL personnalisées</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="70"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="88"/>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="348"/>
        <source>%1 (in use)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="204"/>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="205"/>
        <source>Remove the profile &quot;%1&quot; and forget its secrets from the system keychain?</source>
        <translation>Supprimer le profil « %1 » et effacer ses secrets du trousseau système ?</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="221"/>
        <source>A profile with this name exists already.</source>
        <translation>Un profil portant ce nom existe déjà.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="234"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="249"/>
        <source>No system keychain</source>
        <translation>Aucun trousseau système</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="250"/>
        <source>No Secret Service is available, so the secret cannot be stored safely. CommerceDesk never writes secrets to a file. Keep it in memory for this run only?</source>
        <translation>Aucun Secret Service n’est disponible ; le secret ne peut donc pas être stocké de manière sûre. CommerceDesk n’écrit jamais de secrets dans un fichier. Le conserver en mémoire pour cette session uniquement ?</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="257"/>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>Le secret n’a pas pu être stocké dans le trousseau système : %1</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="270"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../src/app/settings/SettingsDialog.cpp" line="318"/>
        <source>Save the profile before using it.</source>
        <translation>Enregistrez le profil avant de l’utiliser.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::SignInDialog</name>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="26"/>
        <source>&amp;Create a new account</source>
        <translation>Créer un nou&amp;veau compte</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="30"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="48"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="51"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="52"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="69"/>
        <source>The e-mail or password is not correct.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="82"/>
        <source>Create &amp;account</source>
        <translation>Créer un &amp;compte</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="82"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/SignInDialog.cpp" line="88"/>
        <source>Please enter your e-mail and password.</source>
        <translation>Veuillez saisir votre adresse e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::StorefrontPane</name>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="177"/>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="177"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="177"/>
        <source>Price: low to high</source>
        <translation>Prix croissant</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="177"/>
        <source>Price: high to low</source>
        <translation>Prix décroissant</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="178"/>
        <source>Newest</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="142"/>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="209"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="183"/>
        <source>&amp;Quick order…</source>
        <translation>Commande &amp;rapide…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="184"/>
        <source>Order by SKU, or paste a CSV of SKUs and quantities</source>
        <translation>Commander par SKU ou coller un CSV de SKU et de quantités</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="195"/>
        <source>My orders</source>
        <translation>Mes commandes</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="193"/>
        <source>Checkout</source>
        <translation>Finaliser la commande</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="197"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="475"/>
        <source>No products match</source>
        <translation>Aucun produit ne correspond</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="478"/>
        <source>%1 of %2 products</source>
        <translation>%1 produits sur %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="480"/>
        <source>1 product</source>
        <translation>1 produit</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="482"/>
        <source>%1 products</source>
        <translation>%1 produits</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::UndoOffer</name>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="41"/>
        <source>%1 cannot be undone.</source>
        <translation>%1 ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="44"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="53"/>
        <source>Undoing “%1”…</source>
        <translation>Annulation de « %1 »…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="72"/>
        <source>%1: done for %n order(s).</source>
        <translation>
            <numerusform>%1 : effectué pour %n commande.</numerusform>
            <numerusform>%1 : effectué pour %n commandes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="74"/>
        <source>%1: done for %2.</source>
        <translation>%1 : effectué pour %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="76"/>
        <source>%n of them cannot be undone.</source>
        <translation>
            <numerusform>%n d’entre elles ne peut pas être annulée.</numerusform>
            <numerusform>%n d’entre elles ne peuvent pas être annulées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="79"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/app/merchant/UndoOffer.cpp" line="92"/>
        <source>Undone: “%1” for %2.</source>
        <translation>Annulé : « %1 » pour %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="94"/>
        <source>%n order(s) changed meanwhile and were left as they are: %1.</source>
        <translation>
            <numerusform>%n commande a été modifiée entre-temps et reste telle quelle : %1.</numerusform>
            <numerusform>%n commandes ont été modifiées entre-temps et restent telles quelles : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/merchant/UndoOffer.cpp" line="100"/>
        <source>%n order(s) could not be changed back: %1.</source>
        <translation>
            <numerusform>%n commande n’a pas pu être rétablie : %1.</numerusform>
            <numerusform>%n commandes n’ont pas pu être rétablies : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::checkout::CardForm</name>
    <message>
        <location filename="../src/checkout/CardForm.cpp" line="174"/>
        <source>The card number is incomplete.</source>
        <translation>Le numéro de carte est incomplet.</translation>
    </message>
    <message>
        <location filename="../src/checkout/CardForm.cpp" line="175"/>
        <source>This card number is not valid. Please check the digits.</source>
        <translation>Ce numéro de carte n’est pas valide. Veuillez vérifier les chiffres.</translation>
    </message>
    <message>
        <location filename="../src/checkout/CardForm.cpp" line="178"/>
        <location filename="../src/checkout/CardForm.cpp" line="181"/>
        <source>Enter the expiry date as MM/YY.</source>
        <translation>Saisissez la date d’expiration au format MM/AA.</translation>
    </message>
    <message>
        <location filename="../src/checkout/CardForm.cpp" line="180"/>
        <source>This card has expired.</source>
        <translation>Cette carte a expiré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/checkout/CardForm.cpp" line="183"/>
        <source>The security code has %n digit(s) for this card.</source>
        <translation>
            <numerusform>Le code de sécurité de cette carte comporte %n chiffre.</numerusform>
            <numerusform>Le code de sécurité de cette carte comporte %n chiffres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commercedesk::checkout::QuickOrder</name>
    <message>
        <location filename="../src/checkout/QuickOrder.cpp" line="69"/>
        <source>No SKU</source>
        <translation>SKU manquant</translation>
    </message>
    <message>
        <location filename="../src/checkout/QuickOrder.cpp" line="71"/>
        <source>Quantity must be a whole number from 1 to %1</source>
        <translation>La quantité doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <location filename="../src/checkout/QuickOrder.cpp" line="73"/>
        <source>Unknown SKU</source>
        <translation>SKU inconnu</translation>
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
        <translation>Impossible à commander sans SKU</translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="84"/>
        <source>No longer available</source>
        <translation>Plus disponible</translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="86"/>
        <source>Not sold in your current market</source>
        <translation>Non vendu sur votre marché actuel</translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="97"/>
        <source>None of the items of order %1 can be ordered again, so no cart was made. %2.</source>
        <translation>Aucun article de la commande %1 ne peut être commandé à nouveau ; aucun panier n’a donc été créé. %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/checkout/Reorder.cpp" line="101"/>
        <source>%n item(s) of order %1 are in your new cart.</source>
        <translation>
            <numerusform>%n article de la commande %1 se trouve dans votre nouveau panier.</numerusform>
            <numerusform>%n articles de la commande %1 se trouvent dans votre nouveau panier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/checkout/Reorder.cpp" line="104"/>
        <source>Not added: %1.</source>
        <translation>Articles non ajoutés : %1.</translation>
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
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="161"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="163"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="165"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../src/models/CartModel.cpp" line="167"/>
        <source>Total</source>
        <translation>Total</translation>
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
            <numerusform>%1, %n produit</numerusform>
            <numerusform>%1, %n produits</numerusform>
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
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="83"/>
        <source>Payment pending</source>
        <comment>payment state for the buyer</comment>
        <translation>Paiement en attente</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="85"/>
        <source>Partly paid</source>
        <comment>payment state for the buyer</comment>
        <translation>Partiellement payé</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="87"/>
        <source>Paid</source>
        <comment>payment state for the buyer</comment>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="89"/>
        <source>Refunded</source>
        <comment>payment state for the buyer</comment>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="91"/>
        <source>Payment released</source>
        <comment>payment state for the buyer</comment>
        <translation>Paiement libéré</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="92"/>
        <source>Not paid</source>
        <comment>payment state for the buyer</comment>
        <translation>Non payé</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="141"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="162"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="164"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="166"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="168"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="170"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/models/OrderHistoryModel.cpp" line="172"/>
        <source>PO number</source>
        <translation>N° de bon de commande</translation>
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
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="98"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="100"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="102"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location filename="../src/models/OrderLineModel.cpp" line="104"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::OrderTableModel</name>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="130"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="132"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="134"/>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="136"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="145"/>
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="147"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="149"/>
        <location filename="../src/models/OrderTableModel.cpp" line="168"/>
        <location filename="../src/models/OrderTableModel.cpp" line="237"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="151"/>
        <source>Credit owed</source>
        <translation>Remboursement dû</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="153"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="162"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="164"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="166"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="170"/>
        <source>Delayed</source>
        <translation>Retardée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="172"/>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="174"/>
        <source>Backorder</source>
        <translation>En attente de stock</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="176"/>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="185"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="187"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="189"/>
        <source>Customer / unit</source>
        <translation>Client / unité</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="191"/>
        <source>PO number</source>
        <translation>N° de bon de commande</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="193"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="195"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="197"/>
        <source>Order state</source>
        <translation>État de la commande</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="199"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="201"/>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="203"/>
        <source>OMS</source>
        <translation>OMS</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="205"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="207"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="209"/>
        <source>Modified</source>
        <translation>Modifiée le</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTableModel.cpp" line="237"/>
        <source>Synced</source>
        <translation>Synchronisée</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::OrderTimelineModel</name>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="75"/>
        <source>Order created</source>
        <translation>Commande créée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="77"/>
        <source>Order state changed to %1</source>
        <translation>État de la commande passé à %1</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="79"/>
        <source>Shipment state changed to %1</source>
        <translation>État de l’expédition passé à %1</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="82"/>
        <source>Payment state changed to %1</source>
        <translation>État du paiement passé à %1</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="85"/>
        <source>Payment added</source>
        <translation>Paiement ajouté</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="87"/>
        <source>Delivery added</source>
        <translation>Livraison ajoutée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="89"/>
        <source>Parcel added to a delivery</source>
        <translation>Colis ajouté à une livraison</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="91"/>
        <source>Tracking data updated</source>
        <translation>Données de suivi mises à jour</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="93"/>
        <source>Order imported</source>
        <translation>Commande importée</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="95"/>
        <source>Purchase order number set</source>
        <translation>Numéro de bon de commande défini</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="97"/>
        <source>Return recorded</source>
        <translation>Retour enregistré</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="101"/>
        <source>Returned item: %1</source>
        <translation>Article retourné : %1</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="104"/>
        <source>Synchronised with an external system</source>
        <translation>Synchronisée avec un système externe</translation>
    </message>
    <message>
        <location filename="../src/models/OrderTimelineModel.cpp" line="123"/>
        <source>Message %1, version %2 of the order</source>
        <translation>Message %1, version %2 de la commande</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::ProductTableModel</name>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="162"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="164"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="166"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="168"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::ShippingMethodModel</name>
    <message>
        <location filename="../src/models/ShippingMethodModel.cpp" line="78"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location filename="../src/models/ShippingMethodModel.cpp" line="82"/>
        <source>%1 — %2</source>
        <extracomment>shipping method and its price, e.g. &quot;Express — €9.90&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
