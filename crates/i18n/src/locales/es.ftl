# Los mensajes de Broadsheet en español (los identificadores y las reglas: en.ftl).

## Every page

skip-to-content = Saltar al contenido
site-nav = Sitio
sidebar = Barra lateral
crash-title = Algo ha ido mal.
crash-reload = Recarga la página
crash-after = para volver a intentarlo.

## The article

byline = Por { $author }
updated = Actualizado el
reading-time = { $minutes } min de lectura
more-articles = Más artículos
contents = Índice

## The sidebar's widgets

visitors-today = Hoy
visitors-total = Total

## The not-found page

not-found-title = Página no encontrada
not-found-description = No hay ninguna página en esta dirección.
not-found-text = No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
go-to-front-page = Ir a la portada
latest-articles = Últimos artículos

## The comments

comments-count = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
comments-closed = Los comentarios están cerrados.
comments-loading = Cargando comentarios…
comments-load-failed = No se han podido cargar los comentarios.
try-again = Volver a intentarlo
show-more-comments = Mostrar más comentarios ({ $count })
show-more-replies = { $count ->
    [one] Mostrar { $count } respuesta más
   *[other] Mostrar { $count } respuestas más
}
comment-says = dice:
comment-deleted = Este comentario se ha eliminado.
comment-awaiting-moderation = Tu comentario está pendiente de moderación.
reply = Responder
reply-to = Responder a { $author }
in-reply-to = En respuesta a { $author }
in-reply-to-deleted = En respuesta a un comentario eliminado
edit = Editar
delete = Eliminar
delete-confirm = ¿Eliminar tu comentario? No se puede deshacer.
edit-your-comment = Edita tu comentario
save-changes = Guardar los cambios
cancel-editing = Cancelar la edición

## The comment form

leave-a-reply = Deja una respuesta
leave-a-reply-to = Responder a { $author }
cancel-reply = Cancelar la respuesta
comment-needs-js = Para comentar hace falta JavaScript. Actívalo en tu navegador para responder.
required-fields = Los campos obligatorios están marcados con
required = obligatorio
field-comment = Comentario
field-name = Nombre
field-email = Correo electrónico
field-website = Web
email-hint = Tu dirección de correo electrónico no se publicará.
remember-me = Guardar mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.
post-comment = Publicar el comentario
comment-posted = Tu comentario se ha publicado.
comment-posted-pending = Tu comentario se ha publicado. Está pendiente de moderación.
error-summary-title = Hay un problema
error-prefix = Error:
post-failed-title = Tu comentario no se ha publicado
post-failed-kept = Tu texto sigue en el formulario y guardado en este navegador.

## What is wrong with a comment

error-comment-missing = Escribe tu comentario
error-comment-short = El comentario debe tener { $min } caracteres o más
error-comment-long = El comentario debe tener { $max } caracteres o menos (tiene { $count })
error-name-missing = Escribe tu nombre
error-name-long = El nombre debe tener { $max } caracteres o menos
error-email-missing = Escribe tu dirección de correo electrónico
error-email-format = Escribe una dirección de correo electrónico válida, como nombre@example.com
error-website-format = Escribe una dirección web que empiece por http:// o https://, como https://example.com

## What went wrong with the comment server

error-server-comment-long = El comentario debe tener { $max } caracteres o menos
error-server-website = El servidor de comentarios no ha aceptado esta dirección web: escribe una que empiece por http:// o https://
error-server-name = El servidor de comentarios no ha aceptado este nombre
error-server-email = El servidor de comentarios no ha aceptado esta dirección de correo electrónico
error-server-refused = El servidor de comentarios ha rechazado el comentario.
error-server-refused-saying = El servidor de comentarios ha rechazado el comentario: { $reason }
error-too-fast = Estás publicando demasiado rápido: vuelve a intentarlo dentro de un minuto.
error-forbidden = El servidor de comentarios ya no te deja cambiar este comentario: el plazo para editarlo ha terminado.
error-gone = Este comentario ya no está en el servidor de comentarios.
error-timeout = El servidor de comentarios no ha respondido en 10 segundos. Vuelve a intentarlo.
error-unreachable = No se ha podido conectar con el servidor de comentarios. Comprueba tu conexión y vuelve a intentarlo.
error-server = El servidor de comentarios ha tenido un problema (HTTP { $status }). Vuelve a intentarlo en un momento.
error-malformed = El servidor de comentarios ha enviado una respuesta que no se puede leer. Vuelve a intentarlo en un momento.
error-storage = Tu navegador no ha dejado que este sitio guarde tu comentario. Permite que este sitio guarde datos y vuelve a intentarlo.

## Listas de artículos, y adónde lleva un artículo

article-categories = Categorías:
article-tags = Etiquetas:
category-title = Categoría: { $name }
tag-title = Etiqueta: { $name }
author-title = Artículos de { $name }
category-description = Artículos de la categoría { $name } en { $site }, del más reciente al más antiguo.
tag-description = Artículos con la etiqueta { $name } en { $site }, del más reciente al más antiguo.
author-description = Artículos de { $name } en { $site }, del más reciente al más antiguo.
more-articles-description = Todos los artículos de { $site }, del más reciente al más antiguo.
page-of = Página { $page } de { $pages }
page-title = { $title } (página { $page } de { $pages })
pagination = Paginación
previous-page = Página anterior
next-page = Página siguiente
page-number = Página
previous-article = Artículo anterior
next-article = Artículo siguiente
article-neighbours = Artículo anterior y siguiente
related-articles = Artículos relacionados

## Search (the search page and its island)

search-title = Búsqueda
search-description = Buscar en todos los artículos de { $site }.
search-label = Buscar artículos
search-button = Buscar
search-category = Categoría
search-all-categories = Todas las categorías
search-loading = Buscando…
search-failed = No se pudo cargar la búsqueda. Comprueba tu conexión y vuelve a intentarlo.
search-no-results = Ningún artículo coincide con «{ $query }».
search-results = { $count ->
    [one] { $count } resultado para «{ $query }»
   *[other] { $count } resultados para «{ $query }»
}
search-more-results = Mostrar más resultados
search-needs-js = La búsqueda necesita JavaScript, que está desactivado en tu navegador.
search-browse-archive = Explorar en su lugar los artículos por mes

## The archive, and the sidebar's widgets made from the articles

archive-title = Archivo
archive-description = Todos los meses con artículos en { $site }, con cuántos tiene cada uno.
month-title = Archivo: { $month }
month-description = Artículos publicados en { $month } en { $site }, del más reciente al más antiguo.
articles-count = { $count ->
    [one] { $count } artículo
   *[other] { $count } artículos
}
widget-recent-articles = Artículos recientes
widget-categories = Categorías
widget-archives = Archivo
widget-search = Buscar
all-months = Todos los meses
