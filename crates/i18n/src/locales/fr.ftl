# Les messages de Broadsheet en français (les identifiants et les règles : en.ftl).

## Every page

skip-to-content = Aller au contenu
site-nav = Site
sidebar = Barre latérale
crash-title = Un problème est survenu.
crash-reload = Rechargez la page
crash-after = pour réessayer.

## The article

byline = Par { $author }
updated = Mis à jour le
reading-time = { $minutes } min de lecture
more-articles = Autres articles
contents = Sommaire

## The sidebar's widgets

visitors-today = Aujourd’hui
visitors-total = Total

## The not-found page

not-found-title = Page introuvable
not-found-description = Il n’y a pas de page à cette adresse.
not-found-text = Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien est mal saisi.
go-to-front-page = Aller à la une
latest-articles = Derniers articles

## The comments

comments-count = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
comments-closed = Les commentaires sont fermés.
comments-loading = Chargement des commentaires…
comments-load-failed = Les commentaires n’ont pas pu être chargés.
try-again = Réessayer
show-more-comments = Afficher plus de commentaires ({ $count })
show-more-replies = { $count ->
    [one] Afficher { $count } autre réponse
   *[other] Afficher { $count } autres réponses
}
comment-says = a écrit :
comment-deleted = Ce commentaire a été supprimé.
comment-awaiting-moderation = Votre commentaire est en attente de modération.
reply = Répondre
reply-to = Répondre à { $author }
in-reply-to = En réponse à { $author }
in-reply-to-deleted = En réponse à un commentaire supprimé
edit = Modifier
delete = Supprimer
delete-confirm = Supprimer votre commentaire ? Cette action est définitive.
edit-your-comment = Modifier votre commentaire
save-changes = Enregistrer les modifications
cancel-editing = Annuler la modification

## The comment form

leave-a-reply = Laisser un commentaire
leave-a-reply-to = Répondre à { $author }
cancel-reply = Annuler la réponse
comment-needs-js = Publier un commentaire nécessite JavaScript. Activez-le dans votre navigateur pour répondre.
required-fields = Les champs obligatoires sont indiqués avec
required = obligatoire
field-comment = Commentaire
field-name = Nom
field-email = E-mail
field-website = Site web
email-hint = Votre adresse e-mail ne sera pas publiée.
remember-me = Enregistrer mon nom, mon e-mail et mon site dans ce navigateur pour mon prochain commentaire.
post-comment = Publier le commentaire
comment-posted = Votre commentaire a été publié.
comment-posted-pending = Votre commentaire a été publié. Il est en attente de modération.
error-summary-title = Il y a un problème
error-prefix = Erreur :
post-failed-title = Votre commentaire n’a pas été publié
post-failed-kept = Votre texte est toujours dans le formulaire et enregistré dans ce navigateur.

## What is wrong with a comment

error-comment-missing = Saisissez votre commentaire
error-comment-short = Le commentaire doit contenir au moins { $min } caractères
error-comment-long = Le commentaire doit contenir au plus { $max } caractères (il en a { $count })
error-name-missing = Saisissez votre nom
error-name-long = Le nom doit contenir au plus { $max } caractères
error-email-missing = Saisissez votre adresse e-mail
error-email-format = Saisissez une adresse e-mail valide, comme nom@example.com
error-website-format = Saisissez une adresse de site qui commence par http:// ou https://, comme https://example.com

## What went wrong with the comment server

error-server-comment-long = Le commentaire doit contenir au plus { $max } caractères
error-server-website = Le serveur de commentaires n’a pas accepté cette adresse de site : saisissez-en une qui commence par http:// ou https://
error-server-name = Le serveur de commentaires n’a pas accepté ce nom
error-server-email = Le serveur de commentaires n’a pas accepté cette adresse e-mail
error-server-refused = Le serveur de commentaires a refusé le commentaire.
error-server-refused-saying = Le serveur de commentaires a refusé le commentaire : { $reason }
error-too-fast = Vous publiez trop vite : réessayez dans une minute.
error-forbidden = Le serveur de commentaires ne vous permet plus de modifier ce commentaire : le délai est dépassé.
error-gone = Ce commentaire n’est plus sur le serveur de commentaires.
error-timeout = Le serveur de commentaires n’a pas répondu en 10 secondes. Réessayez.
error-unreachable = Impossible de joindre le serveur de commentaires. Vérifiez votre connexion et réessayez.
error-server = Le serveur de commentaires a rencontré un problème (HTTP { $status }). Réessayez dans un instant.
error-malformed = Le serveur de commentaires a envoyé une réponse illisible. Réessayez dans un instant.
error-storage = Votre navigateur n’a pas permis à ce site d’enregistrer votre commentaire. Autorisez ce site à stocker des données, puis réessayez.

## Listes d’articles, et où mène un article

article-categories = Catégories :
article-tags = Étiquettes :
category-title = Catégorie : { $name }
tag-title = Étiquette : { $name }
author-title = Articles de { $name }
category-description = Articles de la catégorie { $name } sur { $site }, du plus récent au plus ancien.
tag-description = Articles avec l’étiquette { $name } sur { $site }, du plus récent au plus ancien.
author-description = Articles de { $name } sur { $site }, du plus récent au plus ancien.
more-articles-description = Tous les articles de { $site }, du plus récent au plus ancien.
page-of = Page { $page } sur { $pages }
page-title = { $title } (page { $page } sur { $pages })
pagination = Pagination
previous-page = Page précédente
next-page = Page suivante
page-number = Page
previous-article = Article précédent
next-article = Article suivant
article-neighbours = Article précédent et article suivant
related-articles = Articles liés

## Search (the search page and its island)

search-title = Recherche
search-description = Rechercher dans tous les articles de { $site }.
search-label = Rechercher des articles
search-button = Rechercher
search-category = Catégorie
search-all-categories = Toutes les catégories
search-loading = Recherche en cours…
search-failed = La recherche n’a pas pu se charger. Vérifiez votre connexion et réessayez.
search-no-results = Aucun article ne correspond à « { $query } ».
search-results = { $count ->
    [one] { $count } résultat pour « { $query } »
   *[other] { $count } résultats pour « { $query } »
}
search-more-results = Afficher plus de résultats
search-needs-js = La recherche a besoin de JavaScript, qui est désactivé dans votre navigateur.
search-browse-archive = Parcourir plutôt les articles par mois

## The archive, and the sidebar's widgets made from the articles

archive-title = Archives
archive-description = Tous les mois d’articles de { $site }, avec le nombre d’articles de chacun.
month-title = Archives : { $month }
month-description = Articles publiés en { $month } sur { $site }, du plus récent au plus ancien.
articles-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
widget-recent-articles = Articles récents
widget-categories = Catégories
widget-archives = Archives
widget-search = Recherche
all-months = Tous les mois
