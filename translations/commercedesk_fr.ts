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
        <location filename="../src/app/ErrorPresenter.cpp" line="44"/>
        <location filename="../src/app/ErrorPresenter.cpp" line="49"/>
        <source>The API client id or secret was not accepted.</source>
        <translation>L’identifiant ou le secret du client API n’a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="46"/>
        <source>The API client is not allowed the permissions CommerceDesk asked for.</source>
        <translation>Le client API ne dispose pas des autorisations demandées par CommerceDesk.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="47"/>
        <source>The server did not accept the request: %1</source>
        <translation>Le serveur n’a pas accepté la requête : %1</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="50"/>
        <source>Your session has expired. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="52"/>
        <source>This API client is not allowed to do that.</source>
        <translation>Ce client API n’est pas autorisé à faire cela.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="54"/>
        <source>It no longer exists on the server.</source>
        <translation>Cet élément n’existe plus sur le serveur.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="56"/>
        <source>Someone else changed it in the meantime. Reload and try again.</source>
        <translation>Quelqu’un d’autre l’a modifié entre-temps. Rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="58"/>
        <source>The request was too large for the server.</source>
        <translation>La requête était trop volumineuse pour le serveur.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="62"/>
        <source>The server is busy or unavailable. Try again in a moment.</source>
        <translation>Le serveur est occupé ou indisponible. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="65"/>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/app/ErrorPresenter.cpp" line="66"/>
        <source>The request failed (HTTP %1).</source>
        <translation>La requête a échoué (HTTP %1).</translation>
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
        <location filename="../ui/MerchantPane.ui" line="12"/>
        <source>Orders</source>
        <translation>Commandes</translation>
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
        <location filename="../ui/StorefrontPane.ui" line="20"/>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="21"/>
        <source>Search products by name, description or SKU…</source>
        <translation>Rechercher des produits par nom, description ou SKU…</translation>
    </message>
    <message>
        <location filename="../ui/StorefrontPane.ui" line="48"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::Composition</name>
    <message>
        <location filename="../src/app/Composition.cpp" line="44"/>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../src/app/Composition.cpp" line="53"/>
        <source>The embedded sandbox has no storefront API client.</source>
        <translation>Le bac à sable intégré n’a pas de client API boutique.</translation>
    </message>
    <message>
        <location filename="../src/app/Composition.cpp" line="75"/>
        <source>Embedded sandbox · project %1 · %2</source>
        <translation>Bac à sable intégré · projet %1 · %2</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="27"/>
        <source>Storefront</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="28"/>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="34"/>
        <source>Starting the embedded sandbox…</source>
        <translation>Démarrage du bac à sable intégré…</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="57"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::MerchantPane</name>
    <message>
        <location filename="../src/app/merchant/MerchantPane.cpp" line="17"/>
        <source>Order review is not available in this version of CommerceDesk yet. Orders placed in the storefront are kept by the backend and will be listed here once order review arrives.</source>
        <translation>Le suivi des commandes n’est pas encore disponible dans cette version de CommerceDesk. Les commandes passées dans la boutique sont conservées par le serveur et apparaîtront ici dès que le suivi des commandes sera disponible.</translation>
    </message>
</context>
<context>
    <name>commercedesk::app::StorefrontPane</name>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="39"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="79"/>
        <source>No products match</source>
        <translation>Aucun produit ne correspond</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="82"/>
        <source>%1 of %2 products</source>
        <translation>%1 produits sur %2</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="84"/>
        <source>1 product</source>
        <translation>1 produit</translation>
    </message>
    <message>
        <location filename="../src/app/storefront/StorefrontPane.cpp" line="86"/>
        <source>%1 products</source>
        <translation>%1 produits</translation>
    </message>
</context>
<context>
    <name>commercedesk::models::ProductTableModel</name>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="130"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="132"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="134"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../src/models/ProductTableModel.cpp" line="136"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
</TS>
