# رسائل Broadsheet بالعربية (المعرّفات والقواعد: en.ftl).
# Arabic has six plural forms: zero, one, two, few (3–10), many (11–99) and other (100, 101…).

## Every page

skip-to-content = انتقل إلى المحتوى
site-nav = الموقع
sidebar = الشريط الجانبي
crash-title = حدث خطأ ما.
crash-reload = أعد تحميل الصفحة
crash-after = للمحاولة مرة أخرى.

## The article

byline = بقلم { $author }
updated = حُدِّث في
reading-time = { $minutes ->
    [zero] أقل من دقيقة قراءة
    [one] دقيقة واحدة للقراءة
    [two] دقيقتان للقراءة
    [few] { $minutes } دقائق للقراءة
    [many] { $minutes } دقيقة للقراءة
   *[other] { $minutes } دقيقة للقراءة
}
more-articles = مقالات أخرى
contents = المحتويات

## The sidebar's widgets

visitors-today = اليوم
visitors-total = الإجمالي

## The not-found page

not-found-title = الصفحة غير موجودة
not-found-description = لا توجد صفحة على هذا العنوان.
not-found-text = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما كُتب الرابط خطأً.
go-to-front-page = اذهب إلى الصفحة الأولى
latest-articles = أحدث المقالات

## The comments

comments-count = { $count ->
    [zero] لا توجد تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
comments-closed = التعليقات مغلقة.
comments-loading = جارٍ تحميل التعليقات…
comments-load-failed = تعذّر تحميل التعليقات.
try-again = حاول مرة أخرى
show-more-comments = اعرض مزيدًا من التعليقات ({ $count })
show-more-replies = { $count ->
    [zero] لا توجد ردود أخرى
    [one] اعرض ردًا آخر
    [two] اعرض ردّين آخرين
    [few] اعرض { $count } ردود أخرى
    [many] اعرض { $count } ردًا آخر
   *[other] اعرض { $count } رد آخر
}
comment-says = كتب:
comment-deleted = حُذف هذا التعليق.
comment-awaiting-moderation = تعليقك بانتظار المراجعة.
reply = ردّ
reply-to = الرد على { $author }
in-reply-to = ردًا على { $author }
in-reply-to-deleted = ردًا على تعليق محذوف
edit = تعديل
delete = حذف
delete-confirm = أتريد حذف تعليقك؟ لا يمكن التراجع عن ذلك.
edit-your-comment = عدّل تعليقك
save-changes = احفظ التغييرات
cancel-editing = ألغِ التعديل

## The comment form

leave-a-reply = اترك تعليقًا
leave-a-reply-to = الرد على { $author }
cancel-reply = ألغِ الرد
comment-needs-js = يحتاج نشر التعليق إلى JavaScript. فعّلها في متصفحك لتترك ردًا.
required-fields = الحقول المطلوبة معلّمة بـ
required = مطلوب
field-comment = التعليق
field-name = الاسم
field-email = البريد الإلكتروني
field-website = الموقع الإلكتروني
email-hint = لن يُنشر عنوان بريدك الإلكتروني.
remember-me = احفظ اسمي وبريدي الإلكتروني وموقعي في هذا المتصفح للمرة القادمة التي أعلّق فيها.
post-comment = انشر التعليق
comment-posted = نُشر تعليقك.
comment-posted-pending = نُشر تعليقك، وهو بانتظار المراجعة.
error-summary-title = هناك مشكلة
error-prefix = خطأ:
post-failed-title = لم يُنشر تعليقك
post-failed-kept = ما زال نصك في النموذج ومحفوظًا في هذا المتصفح.

## What is wrong with a comment

error-comment-missing = اكتب تعليقك
error-comment-short = يجب أن يتكون التعليق من { $min } أحرف أو أكثر
error-comment-long = يجب ألا يزيد التعليق على { $max } حرف (فيه { $count })
error-name-missing = اكتب اسمك
error-name-long = يجب ألا يزيد الاسم على { $max } حرف
error-email-missing = اكتب عنوان بريدك الإلكتروني
error-email-format = اكتب عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
error-website-format = اكتب عنوان موقع يبدأ بـ http:// أو https://، مثل https://example.com

## What went wrong with the comment server

error-server-comment-long = يجب ألا يزيد التعليق على { $max } حرف
error-server-website = لم يقبل خادم التعليقات عنوان الموقع هذا: اكتب عنوانًا يبدأ بـ http:// أو https://
error-server-name = لم يقبل خادم التعليقات هذا الاسم
error-server-email = لم يقبل خادم التعليقات عنوان البريد الإلكتروني هذا
error-server-refused = رفض خادم التعليقات التعليق.
error-server-refused-saying = رفض خادم التعليقات التعليق: { $reason }
error-too-fast = أنت تنشر بسرعة كبيرة، حاول مرة أخرى بعد دقيقة.
error-forbidden = لم يعد خادم التعليقات يسمح لك بتغيير هذا التعليق: انتهت مهلة التعديل.
error-gone = لم يعد هذا التعليق على خادم التعليقات.
error-timeout = لم يُجب خادم التعليقات خلال ١٠ ثوانٍ. حاول مرة أخرى.
error-unreachable = تعذّر الوصول إلى خادم التعليقات. تحقق من اتصالك وحاول مرة أخرى.
error-server = واجه خادم التعليقات مشكلة (HTTP { $status }). حاول مرة أخرى بعد قليل.
error-malformed = أرسل خادم التعليقات ردًا تعذّرت قراءته. حاول مرة أخرى بعد قليل.
error-storage = لم يسمح متصفحك لهذا الموقع بحفظ تعليقك. اسمح لهذا الموقع بحفظ البيانات، ثم حاول مرة أخرى.

## قوائم المقالات، وإلى أين يقود المقال

article-categories = التصنيفات:
article-tags = الوسوم:
category-title = التصنيف: { $name }
tag-title = الوسم: { $name }
author-title = مقالات { $name }
category-description = مقالات في تصنيف { $name } على { $site }، الأحدث أولًا.
tag-description = مقالات موسومة بـ{ $name } على { $site }، الأحدث أولًا.
author-description = مقالات { $name } على { $site }، الأحدث أولًا.
more-articles-description = كل المقالات على { $site }، الأحدث أولًا.
page-of = الصفحة { $page } من { $pages }
page-title = { $title } (الصفحة { $page } من { $pages })
pagination = ترقيم الصفحات
previous-page = الصفحة السابقة
next-page = الصفحة التالية
page-number = الصفحة
previous-article = المقال السابق
next-article = المقال التالي
article-neighbours = المقال السابق والمقال التالي
related-articles = مقالات ذات صلة

## Search (the search page and its island)

search-title = البحث
search-description = ابحث في كل مقالات { $site }.
search-label = ابحث في المقالات
search-button = بحث
search-category = التصنيف
search-all-categories = كل التصنيفات
search-loading = جارٍ البحث…
search-failed = تعذّر تحميل البحث. تحقّق من اتصالك وحاول مرة أخرى.
search-no-results = لا توجد مقالات تطابق «{ $query }».
search-results = { $count ->
    [zero] لا توجد نتائج لـ«{ $query }»
    [one] نتيجة واحدة لـ«{ $query }»
    [two] نتيجتان لـ«{ $query }»
    [few] { $count } نتائج لـ«{ $query }»
    [many] { $count } نتيجة لـ«{ $query }»
   *[other] { $count } نتيجة لـ«{ $query }»
}
search-more-results = عرض مزيد من النتائج
search-needs-js = يحتاج البحث إلى JavaScript، وهو معطّل في متصفحك.
search-browse-archive = تصفّح المقالات حسب الشهر بدلًا من ذلك

## The archive, and the sidebar's widgets made from the articles

archive-title = الأرشيف
archive-description = كل أشهر المقالات على { $site }، مع عدد مقالات كل شهر.
month-title = الأرشيف: { $month }
month-description = المقالات المنشورة في { $month } على { $site }، الأحدث أولًا.
articles-count = { $count ->
    [zero] لا توجد مقالات
    [one] مقال واحد
    [two] مقالان
    [few] { $count } مقالات
    [many] { $count } مقالًا
   *[other] { $count } مقال
}
widget-recent-articles = أحدث المقالات
widget-categories = التصنيفات
widget-archives = الأرشيف
widget-search = البحث
all-months = كل الأشهر
