# Broadsheet's messages in English: every word a reader sees that is not content.
# Every other catalogue has every id here (a native test checks). Placeables: `{ $count }` and
# `{ $minutes }` are numbers (formatted for the language and used to choose the plural form); the
# others are text. A site can override any message in site.json's "messages".

## Every page

skip-to-content = Skip to content
site-nav = Site
sidebar = Sidebar
crash-title = Something went wrong.
crash-reload = Reload the page
crash-after = to try again.

## The article

byline = By { $author }
updated = Updated
reading-time = { $minutes } min read
more-articles = More articles
contents = Contents

## The sidebar's widgets

visitors-today = Today
visitors-total = Total

## The not-found page

not-found-title = Page not found
not-found-description = There is no page at this address.
not-found-text = There is no page at this address. It may have moved, or the link may be mistyped.
go-to-front-page = Go to the front page
latest-articles = Latest articles

## The comments

comments-count = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
comments-closed = Comments are closed.
comments-loading = Loading comments…
comments-load-failed = The comments could not be loaded.
try-again = Try again
show-more-comments = Show more comments ({ $count })
show-more-replies = { $count ->
    [one] Show { $count } more reply
   *[other] Show { $count } more replies
}
comment-says = says:
comment-deleted = This comment was deleted.
comment-awaiting-moderation = Your comment is awaiting moderation.
reply = Reply
reply-to = Reply to { $author }
in-reply-to = In reply to { $author }
in-reply-to-deleted = In reply to a deleted comment
edit = Edit
delete = Delete
delete-confirm = Delete your comment? This cannot be undone.
edit-your-comment = Edit your comment
save-changes = Save changes
cancel-editing = Cancel editing

## The comment form

leave-a-reply = Leave a Reply
leave-a-reply-to = Leave a Reply to { $author }
cancel-reply = Cancel reply
comment-needs-js = Posting a comment needs JavaScript. Turn it on in your browser to leave a reply.
required-fields = Required fields are marked
required = required
field-comment = Comment
field-name = Name
field-email = Email
field-website = Website
email-hint = Your email address will not be published.
remember-me = Save my name, email, and website in this browser for the next time I comment.
post-comment = Post Comment
comment-posted = Your comment was posted.
comment-posted-pending = Your comment was posted. It is awaiting moderation.
error-summary-title = There is a problem
error-prefix = Error:
post-failed-title = Your comment was not posted
post-failed-kept = Your text is still in the form and saved in this browser.

## What is wrong with a comment

error-comment-missing = Enter your comment
error-comment-short = Comment must be { $min } characters or more
error-comment-long = Comment must be { $max } characters or fewer (it has { $count })
error-name-missing = Enter your name
error-name-long = Name must be { $max } characters or fewer
error-email-missing = Enter your email address
error-email-format = Enter an email address in the correct format, like name@example.com
error-website-format = Enter a website address that starts with http:// or https://, like https://example.com

## What went wrong with the comment server

error-server-comment-long = Comment must be { $max } characters or fewer
error-server-website = The comment server did not accept this website address: enter one that starts with http:// or https://
error-server-name = The comment server did not accept this name
error-server-email = The comment server did not accept this email address
error-server-refused = The comment server refused the comment.
error-server-refused-saying = The comment server refused the comment: { $reason }
error-too-fast = You are posting too fast — try again in a minute.
error-forbidden = The comment server no longer lets you change this comment: the time for edits has passed.
error-gone = This comment is no longer on the comment server.
error-timeout = The comment server did not answer within 10 seconds. Try again.
error-unreachable = Could not reach the comment server. Check your connection and try again.
error-server = The comment server had a problem (HTTP { $status }). Try again in a moment.
error-malformed = The comment server sent an answer that could not be read. Try again in a moment.
error-storage = Your browser would not let this site store your comment. Allow this site to store data, then try again.

## Lists of articles, and where an article leads

article-categories = Categories:
article-tags = Tags:
category-title = Category: { $name }
tag-title = Tag: { $name }
author-title = Articles by { $name }
category-description = Articles in the category { $name } on { $site }, newest first.
tag-description = Articles tagged { $name } on { $site }, newest first.
author-description = Articles by { $name } on { $site }, newest first.
more-articles-description = Every article on { $site }, newest first.
page-of = Page { $page } of { $pages }
page-title = { $title } (page { $page } of { $pages })
pagination = Pagination
previous-page = Previous page
next-page = Next page
page-number = Page
previous-article = Previous article
next-article = Next article
article-neighbours = Previous and next article
related-articles = Related articles

## Search (the search page and its island)

search-title = Search
search-description = Search every article on { $site }.
search-label = Search articles
search-button = Search
search-category = Category
search-all-categories = All categories
search-loading = Searching…
search-failed = Search could not load. Check your connection and try again.
search-no-results = No articles match “{ $query }”.
search-results = { $count ->
    [one] { $count } result for “{ $query }”
   *[other] { $count } results for “{ $query }”
}
search-more-results = Show more results
search-needs-js = Search needs JavaScript, which is off in your browser.
search-browse-archive = Browse the articles by month instead

## The archive, and the sidebar's widgets made from the articles

archive-title = Archive
archive-description = Every month of articles on { $site }, with how many each has.
month-title = Archive: { $month }
month-description = Articles published in { $month } on { $site }, newest first.
articles-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
widget-recent-articles = Recent articles
widget-categories = Categories
widget-archives = Archives
widget-search = Search
all-months = All months
