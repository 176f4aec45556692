# Die Meldungen von Broadsheet auf Deutsch (die Kennungen und Regeln: en.ftl).

## Every page

skip-to-content = Zum Inhalt springen
site-nav = Website
sidebar = Seitenleiste
crash-title = Etwas ist schiefgelaufen.
crash-reload = Seite neu laden
crash-after = und es noch einmal versuchen.

## The article

byline = Von { $author }
updated = Aktualisiert am
reading-time = { $minutes } Min. Lesezeit
more-articles = Weitere Artikel
contents = Inhalt

## The sidebar's widgets

visitors-today = Heute
visitors-total = Gesamt

## The not-found page

not-found-title = Seite nicht gefunden
not-found-description = Unter dieser Adresse gibt es keine Seite.
not-found-text = Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link ist falsch geschrieben.
go-to-front-page = Zur Startseite
latest-articles = Neueste Artikel

## The comments

comments-count = { $count ->
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}
comments-closed = Die Kommentare sind geschlossen.
comments-loading = Kommentare werden geladen…
comments-load-failed = Die Kommentare konnten nicht geladen werden.
try-again = Erneut versuchen
show-more-comments = Weitere Kommentare anzeigen ({ $count })
show-more-replies = { $count ->
    [one] { $count } weitere Antwort anzeigen
   *[other] { $count } weitere Antworten anzeigen
}
comment-says = schreibt:
comment-deleted = Dieser Kommentar wurde gelöscht.
comment-awaiting-moderation = Ihr Kommentar wartet auf Freigabe.
reply = Antworten
reply-to = { $author } antworten
in-reply-to = Antwort auf { $author }
in-reply-to-deleted = Antwort auf einen gelöschten Kommentar
edit = Bearbeiten
delete = Löschen
delete-confirm = Ihren Kommentar löschen? Das lässt sich nicht rückgängig machen.
edit-your-comment = Ihren Kommentar bearbeiten
save-changes = Änderungen speichern
cancel-editing = Bearbeiten abbrechen

## The comment form

leave-a-reply = Schreibe einen Kommentar
leave-a-reply-to = Auf { $author } antworten
cancel-reply = Antwort abbrechen
comment-needs-js = Zum Kommentieren wird JavaScript benötigt. Schalten Sie es in Ihrem Browser ein, um zu antworten.
required-fields = Pflichtfelder sind markiert mit
required = Pflichtfeld
field-comment = Kommentar
field-name = Name
field-email = E-Mail
field-website = Website
email-hint = Ihre E-Mail-Adresse wird nicht veröffentlicht.
remember-me = Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für meinen nächsten Kommentar speichern.
post-comment = Kommentar abschicken
comment-posted = Ihr Kommentar wurde veröffentlicht.
comment-posted-pending = Ihr Kommentar wurde gesendet. Er wartet auf Freigabe.
error-summary-title = Es gibt ein Problem
error-prefix = Fehler:
post-failed-title = Ihr Kommentar wurde nicht gesendet
post-failed-kept = Ihr Text steht noch im Formular und ist in diesem Browser gespeichert.

## What is wrong with a comment

error-comment-missing = Geben Sie Ihren Kommentar ein
error-comment-short = Der Kommentar muss mindestens { $min } Zeichen lang sein
error-comment-long = Der Kommentar darf höchstens { $max } Zeichen lang sein (er hat { $count })
error-name-missing = Geben Sie Ihren Namen ein
error-name-long = Der Name darf höchstens { $max } Zeichen lang sein
error-email-missing = Geben Sie Ihre E-Mail-Adresse ein
error-email-format = Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com
error-website-format = Geben Sie eine Website-Adresse ein, die mit http:// oder https:// beginnt, zum Beispiel https://example.com

## What went wrong with the comment server

error-server-comment-long = Der Kommentar darf höchstens { $max } Zeichen lang sein
error-server-website = Der Kommentarserver hat diese Website-Adresse nicht angenommen: Geben Sie eine ein, die mit http:// oder https:// beginnt
error-server-name = Der Kommentarserver hat diesen Namen nicht angenommen
error-server-email = Der Kommentarserver hat diese E-Mail-Adresse nicht angenommen
error-server-refused = Der Kommentarserver hat den Kommentar abgelehnt.
error-server-refused-saying = Der Kommentarserver hat den Kommentar abgelehnt: { $reason }
error-too-fast = Sie kommentieren zu schnell – versuchen Sie es in einer Minute noch einmal.
error-forbidden = Der Kommentarserver lässt keine Änderungen an diesem Kommentar mehr zu: Die Frist ist abgelaufen.
error-gone = Dieser Kommentar ist nicht mehr auf dem Kommentarserver.
error-timeout = Der Kommentarserver hat nicht innerhalb von 10 Sekunden geantwortet. Versuchen Sie es noch einmal.
error-unreachable = Der Kommentarserver ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
error-server = Der Kommentarserver hatte ein Problem (HTTP { $status }). Versuchen Sie es gleich noch einmal.
error-malformed = Die Antwort des Kommentarservers war nicht lesbar. Versuchen Sie es gleich noch einmal.
error-storage = Ihr Browser hat dieser Website nicht erlaubt, Ihren Kommentar zu speichern. Erlauben Sie dieser Website, Daten zu speichern, und versuchen Sie es noch einmal.

## Artikellisten, und wohin ein Artikel führt

article-categories = Kategorien:
article-tags = Schlagwörter:
category-title = Kategorie: { $name }
tag-title = Schlagwort: { $name }
author-title = Artikel von { $name }
category-description = Artikel in der Kategorie { $name } auf { $site }, die neuesten zuerst.
tag-description = Artikel mit dem Schlagwort { $name } auf { $site }, die neuesten zuerst.
author-description = Artikel von { $name } auf { $site }, die neuesten zuerst.
more-articles-description = Alle Artikel auf { $site }, die neuesten zuerst.
page-of = Seite { $page } von { $pages }
page-title = { $title } (Seite { $page } von { $pages })
pagination = Seitennavigation
previous-page = Vorherige Seite
next-page = Nächste Seite
page-number = Seite
previous-article = Vorheriger Artikel
next-article = Nächster Artikel
article-neighbours = Vorheriger und nächster Artikel
related-articles = Ähnliche Artikel

## Search (the search page and its island)

search-title = Suche
search-description = Alle Artikel auf { $site } durchsuchen.
search-label = Artikel durchsuchen
search-button = Suchen
search-category = Kategorie
search-all-categories = Alle Kategorien
search-loading = Suche läuft…
search-failed = Die Suche konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
search-no-results = Keine Artikel passen zu „{ $query }“.
search-results = { $count ->
    [one] { $count } Ergebnis für „{ $query }“
   *[other] { $count } Ergebnisse für „{ $query }“
}
search-more-results = Weitere Ergebnisse anzeigen
search-needs-js = Die Suche braucht JavaScript, das in Ihrem Browser ausgeschaltet ist.
search-browse-archive = Stattdessen die Artikel nach Monat durchsehen

## The archive, and the sidebar's widgets made from the articles

archive-title = Archiv
archive-description = Alle Monate mit Artikeln auf { $site }, mit der Zahl der Artikel je Monat.
month-title = Archiv: { $month }
month-description = Im { $month } auf { $site } veröffentlichte Artikel, die neuesten zuerst.
articles-count = { $count ->
    [one] { $count } Artikel
   *[other] { $count } Artikel
}
widget-recent-articles = Neueste Artikel
widget-categories = Kategorien
widget-archives = Archiv
widget-search = Suche
all-months = Alle Monate
