<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>delegate_app</name>
    <message>
        <source>agreement</source>
        <translation>موافقت‌نامه</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>موافقت‌نامه</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <source>signatories</source>
        <translation>امضاکنندگان</translation>
    </message>
    <message>
        <source>city</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <source>commitment step</source>
        <translation>گام تعهد</translation>
    </message>
    <message>
        <source>commitment steps</source>
        <translation>گام تعهد</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>مقصدها</translation>
    </message>
    <message>
        <source>member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>members</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation>همتا</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>همتا</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>مترجم شفاهی</translation>
    </message>
    <message>
        <source>interpreters</source>
        <translation>مترجمان شفاهی</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>items</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>meeting outcome</source>
        <translation>نتیجه دیدار</translation>
    </message>
    <message>
        <source>meeting outcomes</source>
        <translation>نتیجه دیدار</translation>
    </message>
    <message>
        <source>network membership</source>
        <translation>عضویت در شبکه</translation>
    </message>
    <message>
        <source>network memberships</source>
        <translation>عضویت در شبکه</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>مشخصات دفتر</translation>
    </message>
    <message>
        <source>office profiles</source>
        <translation>مشخصات دفتر</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>پیمان همکاری</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>پیمان همکاری</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>people</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>position held</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>positions held</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>اجلاس</translation>
    </message>
    <message>
        <source>summits</source>
        <translation>اجلاس</translation>
    </message>
    <message>
        <source>session</source>
        <translation>نشست</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>نشست</translation>
    </message>
    <message>
        <source>theme of a summit</source>
        <translation>موضوع اجلاس</translation>
    </message>
    <message>
        <source>themes of summits</source>
        <translation>موضوع اجلاس</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>biography</source>
        <translation>زندگی‌نامه</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>شرکت حمل</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>تصمیم‌ها</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>عنوان احترام</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>مناسبت</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>population</source>
        <translation>جمعیت</translation>
    </message>
    <message>
        <source>position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>room</source>
        <translation>سالن</translation>
    </message>
    <message>
        <source>source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>سخنرانان</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>محل برگزاری</translation>
    </message>
    <message>
        <source>website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <source>start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>end</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>start time zone</source>
        <translation>منطقه زمانی آغاز</translation>
    </message>
    <message>
        <source>end time zone</source>
        <translation>منطقه زمانی پایان</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>تمام‌روز</translation>
    </message>
    <message>
        <source>departure city</source>
        <translation>شهر حرکت</translation>
    </message>
    <message>
        <source>home city</source>
        <translation>شهر مبدأ</translation>
    </message>
    <message>
        <source>host city</source>
        <translation>شهر میزبان</translation>
    </message>
    <message>
        <source>partner city</source>
        <translation>شهر طرف پیمان</translation>
    </message>
    <message>
        <source>city of signature</source>
        <translation>شهر محل امضا</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>برگزارکننده</translation>
    </message>
    <message>
        <source>summit session</source>
        <translation>نشست اجلاس</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>دیدار</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>giver</source>
        <translation>اهداکننده</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>member organisation</source>
        <translation>سازمان عضو</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>تاریخ سررسید</translation>
    </message>
    <message>
        <source>date kept</source>
        <translation>تاریخ انجام</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>date signed</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>نخستین روز</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>واپسین روز</translation>
    </message>
    <message>
        <source>member since</source>
        <translation>عضو از</translation>
    </message>
    <message>
        <source>member until</source>
        <translation>عضو تا</translation>
    </message>
    <message>
        <source>took office</source>
        <translation>آغاز تصدی</translation>
    </message>
    <message>
        <source>left office</source>
        <translation>پایان تصدی</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>محورهای گفتگو</translation>
    </message>
    <message>
        <source>booking reference</source>
        <translation>شماره رزرو</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>یادداشت‌های داخلی</translation>
    </message>
    <message>
        <source>name in its own script</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>name order</source>
        <translation>ترتیب نام</translation>
    </message>
    <message>
        <source>form of address in writing</source>
        <translation>خطاب در نامه</translation>
    </message>
    <message>
        <source>spoken form of address</source>
        <translation>خطاب در گفتار</translation>
    </message>
    <message>
        <source>precedence rank</source>
        <translation>رتبه تقدم</translation>
    </message>
    <message>
        <source>place in the order of precedence</source>
        <translation>جایگاه در ترتیب تقدم</translation>
    </message>
    <message>
        <source>interpretation needs</source>
        <translation>نیاز به ترجمه شفاهی</translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation>ملاحظات غذایی</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>نیازهای دسترسی‌پذیری</translation>
    </message>
    <message>
        <source>estimated value</source>
        <translation>ارزش تخمینی</translation>
    </message>
    <message>
        <source>where it is now</source>
        <translation>محل نگهداری کنونی</translation>
    </message>
    <message>
        <source>evidence document</source>
        <translation>سند مدرک</translation>
    </message>
    <message>
        <source>evidence document&apos;s name</source>
        <translation>نام سند مدرک</translation>
    </message>
    <message>
        <source>document&apos;s name</source>
        <translation>نام سند</translation>
    </message>
    <message>
        <source>status before</source>
        <translation>وضعیت پیشین</translation>
    </message>
    <message>
        <source>status after</source>
        <translation>وضعیت پسین</translation>
    </message>
    <message>
        <source>language pair</source>
        <translation>جفت زبان</translation>
    </message>
    <message>
        <source>dress code</source>
        <translation>پوشش رسمی</translation>
    </message>
    <message>
        <source>service number</source>
        <translation>شماره پرواز یا قطار</translation>
    </message>
    <message>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>منطقه زمانی</translation>
    </message>
    <message>
        <source>description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>اعلام‌شده</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>سرواژه</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>توجیه</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <source>delegate_app cannot open the database</source>
        <translation>delegate_app نمی‌تواند پایگاه داده را باز کند</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>برون‌بری مخاطبان</translation>
    </message>
    <message>
        <source>Contacts not exported</source>
        <translation>مخاطبان برون‌بری نشدند</translation>
    </message>
    <message>
        <source>Choose a file ending in .vcf, .xlsx or .csv.</source>
        <translation>پرونده‌ای با پسوند .vcf، .xlsx یا .csv برگزینید.</translation>
    </message>
    <message>
        <source>{n} people exported to {path}</source>
        <translation>{n} نفر به {path} برون‌بری شدند</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>در حال برون‌بری مخاطبان…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>درون‌بری مخاطبان</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>در حال خواندن {file}…</translation>
    </message>
    <message>
        <source>Contacts not imported</source>
        <translation>مخاطبان درون‌بری نشدند</translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation>درون‌بری مخاطبان از {file}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>{c} to create, {u} to update, {n} unchanged, {r} rejected. Nothing is written until you press OK.</source>
        <translation>{c} مورد برای ایجاد، {u} مورد برای به‌روزرسانی، {n} مورد بدون تغییر، {r} مورد ردشده. تا «تأیید» را نزنید چیزی ثبت نمی‌شود.</translation>
    </message>
    <message>
        <source>Contacts imported — Ctrl+Z undoes it</source>
        <translation>مخاطبان درون‌بری شدند — Ctrl+Z آن را بازمی‌گرداند</translation>
    </message>
    <message>
        <source>(+{days}d)</source>
        <translation>(+{days} روز)</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>زمان (محلی)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسانی</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تداخل‌ها</translation>
    </message>
    <message>
        <source>Home time ({place})</source>
        <translation>وقت مبدأ ({place})</translation>
    </message>
    <message>
        <source>Internal: ours alone — never in a host edition.</source>
        <translation>داخلی: تنها برای خودمان — هرگز در نسخه میزبان نمی‌آید.</translation>
    </message>
    <message>
        <source>Internal · </source>
        <translation>داخلی · </translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} رویداد به {path} برون‌بری شد</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>تقویم برون‌بری نشد</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>در حال برون‌بری تقویم…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>درون‌بری تقویم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>پرونده‌های iCalendar (*.ics);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>پرونده برای درون‌بری بیش از اندازه بزرگ است.</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>تقویم درون‌بری نشد</translation>
    </message>
    <message>
        <source>Reading the calendar file…</source>
        <translation>در حال خواندن پرونده تقویم…</translation>
    </message>
    <message>
        <source>Nothing to import: the itinerary already has it all.</source>
        <translation>چیزی برای درون‌بری نیست: برنامه سفر همه آن را دارد.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>درون‌بری {file}</translation>
    </message>
    <message>
        <source>Looking at the calendar server…</source>
        <translation>در حال بررسی کارساز تقویم…</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>چیزی منتشر نشد.</translation>
    </message>
    <message>
        <source>Publishing to the calendar server…</source>
        <translation>در حال انتشار در کارساز تقویم…</translation>
    </message>
    <message>
        <source>Published: {c} created, {u} updated, {x} cancelled, {r} removed, {n} unchanged</source>
        <translation>منتشر شد: {c} ایجاد، {u} به‌روزرسانی، {x} لغو، {r} حذف، {n} بدون تغییر</translation>
    </message>
    <message>
        <source>the password was not kept in the system keyring; you will be asked again</source>
        <translation>گذرواژه در جاکلیدی سامانه نگه داشته نشد؛ دوباره از شما پرسیده می‌شود</translation>
    </message>
    <message>
        <source>Calendar not published</source>
        <translation>تقویم منتشر نشد</translation>
    </message>
    <message>
        <source>Kept the colleague&apos;s version; nothing else to save.</source>
        <translation>نسخهٔ همکار نگه داشته شد؛ چیز دیگری برای ذخیره نماند.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>بدون تغییر</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>ویرایش {title}</translation>
    </message>
    <message>
        <source>Connection lost while saving</source>
        <translation>قطع ارتباط هنگام ذخیره</translation>
    </message>
    <message>
        <source>No summit</source>
        <translation>بدون اجلاس</translation>
    </message>
    <message>
        <source>This delegation attends no summit. Choose one in Edit details first.</source>
        <translation>این هیئت در هیچ اجلاسی شرکت نمی‌کند. نخست در «ویرایش جزئیات» یکی را برگزینید.</translation>
    </message>
    <message>
        <source>Add summit sessions</source>
        <translation>افزودن نشست‌های اجلاس</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>نشست‌ها</translation>
    </message>
    <message>
        <source>Add {n} summit sessions</source>
        <translation>افزودن {n} نشست اجلاس</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>تعیین نقش</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Always in order of precedence: drag a member, or select one and press Ctrl+Up / Ctrl+Down.</source>
        <translation>همیشه به ترتیب تقدم: عضوی را بکشید، یا برگزینید و Ctrl+Up / Ctrl+Down را بزنید.</translation>
    </message>
    <message>
        <source>Type a name to add…</source>
        <translation>برای افزودن نامی بنویسید…</translation>
    </message>
    <message>
        <source>Move {name} to place {n}</source>
        <translation>انتقال {name} به جایگاه {n}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>افزودن {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>برداشتن {name}</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغییر نقش</translation>
    </message>
    <message>
        <source>Dossier — {title}</source>
        <translation>کتابچه توجیهی — {title}</translation>
    </message>
    <message>
        <source>Badges and place cards — {title}</source>
        <translation>کارت‌های شناسایی و کارت‌های جایگاه — {title}</translation>
    </message>
    <message>
        <source>Times in {place} ({zone})</source>
        <translation>زمان‌ها به وقت {place} ({zone})</translation>
    </message>
    <message>
        <source>Issue version…</source>
        <translation>صدور نسخه…</translation>
    </message>
    <message>
        <source>Freeze the programme as it stands as the next numbered version, to send out</source>
        <translation>برنامه را همان‌گونه که هست به‌عنوان نسخه شماره‌دار بعدی تثبیت کنید تا فرستاده شود</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>نسخه‌ها…</translation>
    </message>
    <message>
        <source>The versions issued: what changed since, change sheets, a new draft from a version</source>
        <translation>نسخه‌های صادرشده: آنچه از آن پس تغییر کرده، برگه‌های تغییرات، پیش‌نویس تازه از یک نسخه</translation>
    </message>
    <message>
        <source>Issue version — {title}</source>
        <translation>صدور نسخه — {title}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>The programme as it stands becomes the next version. Versions are kept for good: they are what was sent out.</source>
        <translation>برنامه، همان‌گونه که هست، نسخه بعدی می‌شود. نسخه‌ها برای همیشه نگه داشته می‌شوند: آن‌ها همان چیزی‌اند که فرستاده شده است.</translation>
    </message>
    <message>
        <source>Why it is issued, e.g. after the Governor&apos;s office moved the courtesy call</source>
        <translation>دلیل صدور، مثلاً پس از آنکه دفتر استاندار دیدار تشریفاتی را جابه‌جا کرد</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Issued {label}</source>
        <translation>{label} صادر شد</translation>
    </message>
    <message>
        <source>Version not issued</source>
        <translation>نسخه صادر نشد</translation>
    </message>
    <message>
        <source>Issuing the version…</source>
        <translation>در حال صدور نسخه…</translation>
    </message>
    <message>
        <source>Nothing changed: the programme is as it was then.</source>
        <translation>چیزی تغییر نکرده است: برنامه همان است که آن زمان بود.</translation>
    </message>
    <message>
        <source>Versions — {title}</source>
        <translation>نسخه‌ها — {title}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>&amp;Changes since…</source>
        <translation>تغییرات از آن پس…</translation>
    </message>
    <message>
        <source>&amp;Print change sheet…</source>
        <translation>چاپ برگه تغییرات…</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>مقایسه با:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>ویرایش:</translation>
    </message>
    <message>
        <source>The current draft</source>
        <translation>پیش‌نویس کنونی</translation>
    </message>
    <message>
        <source>Compare with a later version, or with the current draft.</source>
        <translation>با نسخه‌ای دیرتر یا با پیش‌نویس کنونی مقایسه کنید.</translation>
    </message>
    <message>
        <source>Comparing the versions…</source>
        <translation>در حال مقایسه نسخه‌ها…</translation>
    </message>
    <message>
        <source>Changes since version {n} — {title}</source>
        <translation>تغییرات از نسخه {n} — {title}</translation>
    </message>
    <message>
        <source>No version issued yet: Issue version… on the delegation&apos;s toolbar freezes the programme as version 1.</source>
        <translation>هنوز نسخه‌ای صادر نشده است: «صدور نسخه…» در نوار ابزار هیئت برنامه را به‌عنوان نسخه ۱ تثبیت می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Dossier of this version…</source>
        <translation>کتابچه توجیهی این نسخه…</translation>
    </message>
    <message>
        <source>Dossier with changes &amp;marked…</source>
        <translation>کتابچه توجیهی با تغییرات نشان‌دار…</translation>
    </message>
    <message>
        <source>The state compared with (the draft or a later version), a bar beside each item changed since the selected version</source>
        <translation>وضعیتی که با آن مقایسه می‌شود (پیش‌نویس یا نسخه‌ای دیرتر)، با نواری کنار هر موردی که از نسخه برگزیده تغییر کرده است</translation>
    </message>
    <message>
        <source>Start a &amp;new draft from this version</source>
        <translation>آغاز پیش‌نویس تازه از این نسخه</translation>
    </message>
    <message>
        <source>Dossier, version {n} — {title}</source>
        <translation>کتابچه توجیهی، نسخه {n} — {title}</translation>
    </message>
    <message>
        <source>Dossier, changes since version {n} — {title}</source>
        <translation>کتابچه توجیهی، تغییرات از نسخه {n} — {title}</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>آغاز پیش‌نویس تازه</translation>
    </message>
    <message>
        <source>The itinerary and the delegation list go back to {label}. Items added since are cancelled, so calendars learn of it. Ctrl+Z undoes it.</source>
        <translation>برنامه سفر و فهرست هیئت به {label} بازمی‌گردند. مواردی که از آن پس افزوده شده‌اند لغو می‌شوند تا تقویم‌ها از آن باخبر شوند. Ctrl+Z آن را بازمی‌گرداند.</translation>
    </message>
    <message>
        <source>New draft from version {n}</source>
        <translation>پیش‌نویس تازه از نسخه {n}</translation>
    </message>
    <message>
        <source>Enter or double-click a conflict to go to its item</source>
        <translation>برای رفتن به مورد یک تداخل، Enter را بزنید یا روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>دستور کار</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سابقه تغییرات</translation>
    </message>
    <message>
        <source>Show home time</source>
        <translation>نمایش وقت مبدأ</translation>
    </message>
    <message>
        <source>Time zone of the timeline</source>
        <translation>منطقه زمانی خط زمانی</translation>
    </message>
    <message>
        <source>Timeline in:</source>
        <translation>خط زمانی به وقت:</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>مورد تازه</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>ویرایش مورد</translation>
    </message>
    <message>
        <source>Cancel item</source>
        <translation>لغو مورد</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>ثبت نتیجه…</translation>
    </message>
    <message>
        <source>Add summit sessions…</source>
        <translation>افزودن نشست‌های اجلاس…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>برون‌بری تقویم…</translation>
    </message>
    <message>
        <source>Import calendar…</source>
        <translation>درون‌بری تقویم…</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>انتشار…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>کتابچه توجیهی…</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>کارت‌های شناسایی…</translation>
    </message>
    <message>
        <source>Name badges, place cards and the seating plan of a meeting (Ctrl+Shift+P)</source>
        <translation>کارت‌های شناسایی، کارت‌های جایگاه و نقشه چیدمان یک دیدار (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>تداخل‌ها ({n})</translation>
    </message>
    <message>
        <source>No conflicts: the programme holds together.</source>
        <translation>بی‌تداخل: برنامه سازگار است.</translation>
    </message>
    <message>
        <source>Saved — Ctrl+Z undoes it</source>
        <translation>ذخیره شد — Ctrl+Z آن را بازمی‌گرداند</translation>
    </message>
    <message>
        <source>New item {title}</source>
        <translation>مورد تازه {title}</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>جابه‌جایی {title}</translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation>دیداری را برگزینید</translation>
    </message>
    <message>
        <source>Select the meeting in the agenda first.</source>
        <translation>نخست دیدار را در دستور کار برگزینید.</translation>
    </message>
    <message>
        <source>Outcome of {title}</source>
        <translation>نتیجه {title}</translation>
    </message>
    <message>
        <source>Cancel {title}</source>
        <translation>لغو {title}</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>ویرایش شهر</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>شهر تازه</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>e.g. Buenos Aires</source>
        <translation>مثلاً بوئنوس آیرس</translation>
    </message>
    <message>
        <source>Native &amp;script</source>
        <translation>خط بومی</translation>
    </message>
    <message>
        <source>e.g. تهران, 東京, Москва</source>
        <translation>مثلاً تهران، 東京، Москва</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>کد کشور</translation>
    </message>
    <message>
        <source>two letters, e.g. AR</source>
        <translation>دو حرف لاتین، مثلاً AR</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>منطقه زمانی</translation>
    </message>
    <message>
        <source>IANA name, e.g. America/Argentina/Buenos_Aires</source>
        <translation>نام IANA، مثلاً America/Argentina/Buenos_Aires</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. -34.6037</source>
        <translation>از -90 تا 90، مثلاً -34.6037</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. -58.3816</source>
        <translation>از -180 تا 180، مثلاً -58.3816</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>جمعیت</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>جمعیت</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>ویرایش تعهد</translation>
    </message>
    <message>
        <source>Record a commitment</source>
        <translation>ثبت تعهد</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <source>&amp;What was promised</source>
        <translation>آنچه وعده داده شد</translation>
    </message>
    <message>
        <source>e.g. Send the tram study to their transport department</source>
        <translation>مثلاً فرستادن مطالعه تراموا به اداره حمل‌ونقل آنان</translation>
    </message>
    <message>
        <source>W&amp;ho owes</source>
        <translation>متعهد</translation>
    </message>
    <message>
        <source>&amp;Owner on our side</source>
        <translation>مسئول از سوی ما</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(هنوز کسی نیست)</translation>
    </message>
    <message>
        <source>Cou&amp;nterpart</source>
        <translation>همتا</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>بدون سررسید</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>خاستگاه</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>موافقت‌نامه</translation>
    </message>
    <message>
        <source>S&amp;ummit</source>
        <translation>اجلاس</translation>
    </message>
    <message>
        <source>&amp;Internal notes</source>
        <translation>یادداشت‌های داخلی</translation>
    </message>
    <message>
        <source>Start work on the commitment</source>
        <translation>آغاز کار روی تعهد</translation>
    </message>
    <message>
        <source>Mark the commitment done</source>
        <translation>علامت انجام تعهد</translation>
    </message>
    <message>
        <source>Drop the commitment</source>
        <translation>کنار گذاشتن تعهد</translation>
    </message>
    <message>
        <source>Reopen the commitment</source>
        <translation>بازگشایی تعهد</translation>
    </message>
    <message>
        <source>Optional: what is under way</source>
        <translation>اختیاری: آنچه در جریان است</translation>
    </message>
    <message>
        <source>How it was kept, e.g. “Study sent by e-mail to Ms Volkova, 24 June”</source>
        <translation>چگونگی انجام، مثلاً «مطالعه در ۳ تیر با رایانامه برای سرکار خانم Volkova فرستاده شد»</translation>
    </message>
    <message>
        <source>Why it is dropped (required)</source>
        <translation>دلیل کنار گذاشتن (الزامی)</translation>
    </message>
    <message>
        <source>Why it is reopened (required)</source>
        <translation>دلیل بازگشایی (الزامی)</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>انجام‌شده در</translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation>پیوست کردن سند…</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>بدون سند</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>مدرک</translation>
    </message>
    <message>
        <source>Attach the evidence</source>
        <translation>پیوست کردن مدرک</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.eml *.msg *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>اسناد (*.pdf *.docx *.doc *.odt *.txt *.eml *.msg *.png *.jpg *.jpeg);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>The document is larger than 20 MB; attach a smaller copy or note where it is filed.</source>
        <translation>سند بزرگ‌تر از ۲۰ مگابایت است؛ نسخه کوچک‌تری پیوست کنید یا بنویسید کجا بایگانی شده است.</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>پرونده خوانده نمی‌شود: {error}</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>ویرایش هیئت</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>هیئت تازه</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>e.g. Mayor of Tehran to Buenos Aires and Tokyo</source>
        <translation>مثلاً سفر شهردار تهران به بوئنوس آیرس و توکیو</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>&amp;Home city</source>
        <translation>شهر مبدأ</translation>
    </message>
    <message>
        <source>D&amp;estinations (in order)</source>
        <translation>مقصدها (به ترتیب)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Su&amp;mmit</source>
        <translation>اجلاس</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>&amp;For whom</source>
        <translation>برای چه کسی</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (۲۱۰ × ۲۹۷ میلی‌متر)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>نامه آمریکایی (۸٫۵ × ۱۱ اینچ)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>Also give each time in our home time zone</source>
        <translation>هر زمان به وقت شهر مبدأ ما نیز آورده شود</translation>
    </message>
    <message>
        <source>&amp;Home time</source>
        <translation>وقت مبدأ</translation>
    </message>
    <message>
        <source>In the preview, to print or save</source>
        <translation>در پیش‌نمایش، برای چاپ یا ذخیره</translation>
    </message>
    <message>
        <source>In the system&apos;s PDF viewer</source>
        <translation>در نمایشگر PDF سامانه</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>As the language (Solar Hijri for Persian)</source>
        <translation>مطابق زبان (هجری شمسی برای فارسی)</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Export calendar — {title}</source>
        <translation>برون‌بری تقویم — {title}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>&amp;Whose calendar</source>
        <translation>تقویم چه کسی</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>بدون یادآور</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> دقیقه پیش از آن</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>یادآور</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>برون‌بری تقویم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>پرونده‌های iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose where to save the calendar.</source>
        <translation>جای ذخیره تقویم را برگزینید.</translation>
    </message>
    <message>
        <source>That is a folder; give a file name ending in .ics.</source>
        <translation>این یک پوشه است؛ نام پرونده‌ای با پسوند .ics بدهید.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>پوشه {folder} وجود ندارد.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(هیچ‌کس)</translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation>ویرایش هدیه</translation>
    </message>
    <message>
        <source>Record a gift</source>
        <translation>ثبت هدیه</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Given or &amp;received</source>
        <translation>اهدایی یا دریافتی</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>e.g. Persian silk carpet</source>
        <translation>مثلاً فرش ابریشم ایرانی</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>مناسبت</translation>
    </message>
    <message>
        <source>De&amp;legation</source>
        <translation>هیئت</translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation>اهداکننده</translation>
    </message>
    <message>
        <source>Re&amp;cipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Estimated &amp;value</source>
        <translation>ارزش تخمینی</translation>
    </message>
    <message>
        <source>e.g. 450.00</source>
        <translation>مثلاً 450.00</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>EUR, USD, IRR…</source>
        <translation>EUR، USD، IRR…</translation>
    </message>
    <message>
        <source>Declared to the ethics office</source>
        <translation>به دفتر اخلاق اداری اعلام شده</translation>
    </message>
    <message>
        <source>&amp;Where it is now</source>
        <translation>محل نگهداری کنونی</translation>
    </message>
    <message>
        <source>The value must be a number, e.g. 450.00.</source>
        <translation>ارزش باید عدد باشد، مثلاً 450.00.</translation>
    </message>
    <message>
        <source>Import calendar into “{title}”</source>
        <translation>درون‌بری تقویم به «{title}»</translation>
    </message>
    <message>
        <source>What the import does:</source>
        <translation>آنچه درون‌بری انجام می‌دهد:</translation>
    </message>
    <message>
        <source>{file}: {a} to add, {u} to update, {n} unchanged, {r} rejected.</source>
        <translation>{file}: {a} مورد برای افزودن، {u} برای به‌روزرسانی، {n} بدون تغییر، {r} ردشده.</translation>
    </message>
    <message>
        <source>{n} more are listed apart and imported only if you tick them.</source>
        <translation>{n} مورد دیگر جداگانه فهرست شده‌اند و تنها اگر تیک بزنید درون‌بری می‌شوند.</translation>
    </message>
    <message>
        <source>Nothing is written until you press OK.</source>
        <translation>تا «تأیید» را نزنید چیزی ثبت نمی‌شود.</translation>
    </message>
    <message>
        <source>Where each field goes</source>
        <translation>هر فیلد به کجا می‌رود</translation>
    </message>
    <message>
        <source>Title (SUMMARY):</source>
        <translation>عنوان (SUMMARY):</translation>
    </message>
    <message>
        <source>the item&apos;s title — shown to hosts</source>
        <translation>عنوان مورد — به میزبانان نشان داده می‌شود</translation>
    </message>
    <message>
        <source>Location (LOCATION):</source>
        <translation>مکان (LOCATION):</translation>
    </message>
    <message>
        <source>the venue — shown to hosts</source>
        <translation>محل برگزاری — به میزبانان نشان داده می‌شود</translation>
    </message>
    <message>
        <source>the internal briefing — never shown to hosts</source>
        <translation>توجیه داخلی — هرگز به میزبانان نشان داده نمی‌شود</translation>
    </message>
    <message>
        <source>the description — shown to hosts in their edition</source>
        <translation>شرح — در نسخه میزبانان به آنان نشان داده می‌شود</translation>
    </message>
    <message>
        <source>Text our own exports composed (delegation, briefing, booking reference) is never read back.</source>
        <translation>متنی که برون‌بری‌های خودمان نوشته‌اند (هیئت، توجیه، شماره رزرو) هرگز بازخوانی نمی‌شود.</translation>
    </message>
    <message>
        <source>Description (DESCRIPTION):</source>
        <translation>شرح (DESCRIPTION):</translation>
    </message>
    <message>
        <source>{event} — changes: {what}</source>
        <translation>{event} — تغییرات: {what}</translation>
    </message>
    <message>
        <source>{title} — unchanged</source>
        <translation>{title} — بدون تغییر</translation>
    </message>
    <message>
        <source>Outside the delegation&apos;s dates ({dates})</source>
        <translation>بیرون از تاریخ‌های هیئت ({dates})</translation>
    </message>
    <message>
        <source>Probable duplicates (same start and title)</source>
        <translation>احتمالاً تکراری (آغاز و عنوان یکسان)</translation>
    </message>
    <message>
        <source>{event} — probably {why}</source>
        <translation>{event} — احتمالاً {why}</translation>
    </message>
    <message>
        <source>Summit sessions not in this programme (added linked to the summit)</source>
        <translation>نشست‌های اجلاس که در این برنامه نیستند (با پیوند به اجلاس افزوده می‌شوند)</translation>
    </message>
    <message>
        <source>Imported only if you tick them:</source>
        <translation>تنها اگر تیک بزنید درون‌بری می‌شوند:</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تیک همه</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>برداشتن تیک همه</translation>
    </message>
    <message>
        <source>Edit itinerary item</source>
        <translation>ویرایش مورد برنامه سفر</translation>
    </message>
    <message>
        <source>New itinerary item</source>
        <translation>مورد تازه برنامه سفر</translation>
    </message>
    <message>
        <source>When &amp;&amp; where</source>
        <translation>زمان و مکان</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>&amp;From (city)</source>
        <translation>از (شهر)</translation>
    </message>
    <message>
        <source>Ca&amp;rrier and number</source>
        <translation>شرکت حمل و شماره</translation>
    </message>
    <message>
        <source>e.g. Qatar Airways</source>
        <translation>مثلاً Qatar Airways</translation>
    </message>
    <message>
        <source>e.g. QR 779</source>
        <translation>مثلاً QR 779</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>محل برگزاری</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>filled from the city; type to be exact</source>
        <translation>از روی شهر پر شده؛ برای دقت بیشتر بنویسید</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>&amp;Internal — ours alone</source>
        <translation>داخلی — تنها برای خودمان</translation>
    </message>
    <message>
        <source>An internal item never appears in a host edition: not in the hosts&apos; calendar or dossier, the summit programme, badges, or a member&apos;s calendar shared with the hosts.</source>
        <translation>مورد داخلی هرگز در نسخه میزبان نمی‌آید: نه در تقویم یا کتابچه توجیهی میزبانان، نه در برنامه اجلاس، نه روی کارت‌های شناسایی و نه در تقویم عضوی که با میزبانان به اشتراک گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>a briefing, a preparation meeting, a security run</source>
        <translation>یک توجیه، جلسه هماهنگی، بازدید امنیتی</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>محرمانگی</translation>
    </message>
    <message>
        <source>&amp;Delegation members</source>
        <translation>اعضای هیئت</translation>
    </message>
    <message>
        <source>&amp;Counterparts met</source>
        <translation>همتایان دیدارشده</translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation>مترجمان شفاهی</translation>
    </message>
    <message>
        <source>&amp;Language pair</source>
        <translation>جفت زبان</translation>
    </message>
    <message>
        <source>e.g. fa-es</source>
        <translation>مثلاً fa-es</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Dress code</source>
        <translation>پوشش رسمی</translation>
    </message>
    <message>
        <source>&amp;Public description</source>
        <translation>شرح عمومی</translation>
    </message>
    <message>
        <source>Internal — never in a host edition or a published calendar:</source>
        <translation>داخلی — هرگز در نسخه میزبان یا تقویم منتشرشده نمی‌آید:</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>توجیه</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>محورهای گفتگو</translation>
    </message>
    <message>
        <source>Boo&amp;king reference</source>
        <translation>شماره رزرو</translation>
    </message>
    <message>
        <source>&amp;Arrives in</source>
        <translation>ورود به</translation>
    </message>
    <message>
        <source>Choose a time zone for each end.</source>
        <translation>برای هر سو یک منطقه زمانی برگزینید.</translation>
    </message>
    <message>
        <source>⚠ Ends before it starts</source>
        <translation>⚠ پیش از آغاز پایان می‌یابد</translation>
    </message>
    <message>
        <source>{day} · duration {h} h {m:02d} min</source>
        <translation>{day} · مدت {h} ساعت و {m:02d} دقیقه</translation>
    </message>
    <message>
        <source> — leaves in {a} time, arrives in {b} time</source>
        <translation> — حرکت به وقت {a}، ورود به وقت {b}</translation>
    </message>
    <message>
        <source>Facing sides (a meeting)</source>
        <translation>دو سوی روبه‌رو (دیدار)</translation>
    </message>
    <message>
        <source>Round (a meal)</source>
        <translation>میز گرد (ضیافت)</translation>
    </message>
    <message>
        <source>Head table facing the room (a signing, a press point)</source>
        <translation>میز اصلی روبه‌روی سالن (امضای موافقت‌نامه، نشست خبری)</translation>
    </message>
    <message>
        <source>The current programme</source>
        <translation>برنامهٔ کنونی</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>از</translation>
    </message>
    <message>
        <source>An issued version prints the whole delegation&apos;s badges as they were then</source>
        <translation>نسخهٔ صادرشده کارت‌های شناسایی کل هیئت را همان‌گونه که آن زمان بودند چاپ می‌کند</translation>
    </message>
    <message>
        <source>The whole delegation (badges for every member)</source>
        <translation>کل هیئت (کارت شناسایی برای همه اعضا)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Pr&amp;int</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>میز</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>Sits in the centre of the hosts&apos; side; the senior counterpart unless you choose another</source>
        <translation>در میانه سوی میزبانان می‌نشیند؛ ارشدترین همتا، مگر آنکه دیگری را برگزینید</translation>
    </message>
    <message>
        <source>&amp;Guest of honour</source>
        <translation>مهمان ویژه</translation>
    </message>
    <message>
        <source>Faces the host, or sits on the host&apos;s right at a round table</source>
        <translation>روبه‌روی میزبان، یا در میز گرد در سمت راست میزبان می‌نشیند</translation>
    </message>
    <message>
        <source>Choose at least one thing to print.</source>
        <translation>دست‌کم یک چیز را برای چاپ برگزینید.</translation>
    </message>
    <message>
        <source>Nobody sits on one side of this table: add the counterparts and our people to the item first.</source>
        <translation>یک سوی این میز خالی است: نخست همتایان و افراد خودمان را به این مورد بیفزایید.</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>ویرایش سازمان</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>سازمان تازه</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation>سرواژه</translation>
    </message>
    <message>
        <source>S&amp;eat</source>
        <translation>مقر</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Outcome of “{title}”</source>
        <translation>نتیجه «{title}»</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>تصمیم‌ها</translation>
    </message>
    <message>
        <source>What was promised — type it and press Enter</source>
        <translation>آنچه وعده داده شد — بنویسید و Enter را بزنید</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>وعده</translation>
    </message>
    <message>
        <source>Who owes</source>
        <translation>متعهد</translation>
    </message>
    <message>
        <source>Owner (our side)</source>
        <translation>مسئول (از سوی ما)</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>همتا</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Commitments made at this meeting:</source>
        <translation>تعهدات این دیدار:</translation>
    </message>
    <message>
        <source>Commitments ({n})</source>
        <translation>تعهدات ({n})</translation>
    </message>
    <message>
        <source>due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>new</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>Finish or clear the commitment being typed on the Commitments tab.</source>
        <translation>تعهدی را که در زبانه تعهدات در حال نوشتن است تمام یا پاک کنید.</translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation>ویرایش پیمان همکاری</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>پیمان همکاری تازه</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>پیمان همکاری</translation>
    </message>
    <message>
        <source>&amp;Our city</source>
        <translation>شهر ما</translation>
    </message>
    <message>
        <source>&amp;Partner city</source>
        <translation>شهر طرف پیمان</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>تاریخ امضا</translation>
    </message>
    <message>
        <source>Si&amp;gned</source>
        <translation>امضاشده</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>{title} — preview</source>
        <translation>{title} — پیش‌نمایش</translation>
    </message>
    <message>
        <source>The PDF could not be read ({error}).</source>
        <translation>PDF خوانده نشد ({error}).</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Open in &amp;viewer</source>
        <translation>باز کردن در نمایشگر</translation>
    </message>
    <message>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation>باز کردن در نمایشگر PDF سامانه</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>صفحه پیشین</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>صفحه بعد</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>هم‌عرض صفحه</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>تمام صفحه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>از {count}</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>ذخیره {title}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>اسناد PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>PDF ذخیره نشد</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>چاپ {title}</translation>
    </message>
    <message>
        <source>The document was not printed</source>
        <translation>سند چاپ نشد</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>نمایشگر PDF نیست</translation>
    </message>
    <message>
        <source>No application opens PDF files on this computer. Save the document (Ctrl+S) and open it from its folder.</source>
        <translation>هیچ برنامه‌ای در این رایانه پرونده‌های PDF را باز نمی‌کند. سند را ذخیره کنید (Ctrl+S) و از پوشه‌اش باز کنید.</translation>
    </message>
    <message>
        <source>Preparing {title}…</source>
        <translation>در حال آماده‌سازی {title}…</translation>
    </message>
    <message>
        <source>The document came out empty or is not a PDF.</source>
        <translation>سند خالی درآمد یا PDF نیست.</translation>
    </message>
    <message>
        <source>{title} could not be prepared</source>
        <translation>{title} آماده نشد</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and ready.</source>
        <translation>چاپگر راه‌اندازی نشد. بررسی کنید روشن و آماده باشد.</translation>
    </message>
    <message>
        <source>&amp;Honorific</source>
        <translation>عنوان احترام</translation>
    </message>
    <message>
        <source>e.g. H.E., Dr, Ms</source>
        <translation>مثلاً جناب آقای، عالیجناب، دکتر، سرکار خانم</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <source>Latin script</source>
        <translation>خط لاتین</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Name in native &amp;script</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <source>e.g. رضا کریمی, 佐藤 遥, Андрей Соколов</source>
        <translation>مثلاً رضا کریمی، 佐藤 遥، Андрей Соколов</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>ویرایش شخص</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص تازه</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Given name first (Ana Gómez)</source>
        <translation>نام کوچک نخست (Ana Gómez)</translation>
    </message>
    <message>
        <source>Family name first (Sato Haruka)</source>
        <translation>نام خانوادگی نخست (Sato Haruka)</translation>
    </message>
    <message>
        <source>Name &amp;order</source>
        <translation>ترتیب نام</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>e.g. Deputy Mayor for International Affairs</source>
        <translation>مثلاً معاون امور بین‌الملل شهردار</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>تشریفات</translation>
    </message>
    <message>
        <source>Address in a le&amp;tter</source>
        <translation>خطاب در نامه</translation>
    </message>
    <message>
        <source>e.g. Dear Mr Mayor,</source>
        <translation>مثلاً جناب آقای شهردار،</translation>
    </message>
    <message>
        <source>Address in &amp;speech</source>
        <translation>خطاب در گفتار</translation>
    </message>
    <message>
        <source>e.g. Your Excellency</source>
        <translation>مثلاً عالیجناب</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>بدون رتبه</translation>
    </message>
    <message>
        <source>Precedence &amp;rank</source>
        <translation>رتبه تقدم</translation>
    </message>
    <message>
        <source>1 is the highest; orders delegation lists and seating</source>
        <translation>۱ بالاترین است؛ ترتیب فهرست هیئت و جایگاه‌ها را تعیین می‌کند</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>ISO codes by fluency, e.g. fa, en, ar</source>
        <translation>کدهای ISO به ترتیب تسلط، مثلاً fa، en، ar</translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation>ترجمه شفاهی</translation>
    </message>
    <message>
        <source>Needs &amp;&amp; contact</source>
        <translation>نیازها و تماس</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>ملاحظات غذایی</translation>
    </message>
    <message>
        <source>&amp;Accessibility needs</source>
        <translation>نیازهای دسترسی‌پذیری</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Biography &amp;&amp; notes</source>
        <translation>زندگی‌نامه و یادداشت‌ها</translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation>زندگی‌نامه</translation>
    </message>
    <message>
        <source>Internal notes are never printed or exported in host editions.</source>
        <translation>یادداشت‌های داخلی هرگز در نسخه‌های میزبان چاپ یا برون‌بری نمی‌شوند.</translation>
    </message>
    <message>
        <source>In&amp;ternal notes</source>
        <translation>یادداشت‌های داخلی</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>پالایش…</translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation>کل هیئت</translation>
    </message>
    <message>
        <source>Only {name}&apos;s items</source>
        <translation>تنها موارد {name}</translation>
    </message>
    <message>
        <source>Internal — with briefings and booking references</source>
        <translation>داخلی — با توجیه‌ها و شماره‌های رزرو</translation>
    </message>
    <message>
        <source>For our hosts — programme and participants only</source>
        <translation>برای میزبانان — تنها برنامه و شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Publish calendar — {title}</source>
        <translation>انتشار تقویم — {title}</translation>
    </message>
    <message>
        <source>Calendar server</source>
        <translation>کارساز تقویم</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>کارساز</translation>
    </message>
    <message>
        <source>e.g. https://cloud.example.org/remote.php/dav</source>
        <translation>مثلاً https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>نگه‌داری در جاکلیدی سامانه</translation>
    </message>
    <message>
        <source>No system keyring here: you will be asked each time.</source>
        <translation>جاکلیدی سامانه در دسترس نیست: هر بار از شما پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, starting with https://</source>
        <translation>نشانی کارساز را بدهید، با https:// آغاز شود</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>نام کاربری خود در کارساز را بدهید.</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>گذرواژه خود را بدهید.</translation>
    </message>
    <message>
        <source>Publish “{name}”</source>
        <translation>انتشار «{name}»</translation>
    </message>
    <message>
        <source>What will change on the server</source>
        <translation>آنچه در کارساز تغییر می‌کند</translation>
    </message>
    <message>
        <source>a new calendar on {server}</source>
        <translation>تقویمی تازه در {server}</translation>
    </message>
    <message>
        <source>{where}: {c} to create, {u} to update, {x} to cancel, {r} to remove, {n} unchanged; {o} events others put there are left alone. Nothing is sent until you press Publish.</source>
        <translation>{where}: {c} مورد برای ایجاد، {u} برای به‌روزرسانی، {x} برای لغو، {r} برای حذف، {n} بدون تغییر؛ {o} رویدادی که دیگران آنجا گذاشته‌اند دست‌نخورده می‌ماند. تا «انتشار» را نزنید چیزی فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>{verb}: {when} — {title}</source>
        <translation>{verb}: {when} — {title}</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>انتشار</translation>
    </message>
    <message>
        <source>Commitments report</source>
        <translation>گزارش تعهدات</translation>
    </message>
    <message>
        <source>Every city</source>
        <translation>همه شهرها</translation>
    </message>
    <message>
        <source>Leave out what is due before this day</source>
        <translation>آنچه سررسیدش پیش از این روز است کنار گذاشته شود</translation>
    </message>
    <message>
        <source>Leave out what is due after this day</source>
        <translation>آنچه سررسیدش پس از این روز است کنار گذاشته شود</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>What is due, kept or dropped in the period; untick a day for no limit.</source>
        <translation>آنچه در این دوره سررسید، انجام یا کنار گذاشته شده است؛ برای بی‌مرزی، تیک روز را بردارید.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later day, or an earlier From.</source>
        <translation>دوره پیش از آغاز پایان می‌یابد: روزی دیرتر یا «از» زودتری برگزینید.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Name in any script, city, delegation, summit, promise…</source>
        <translation>نام به هر خطی، شهر، هیئت، اجلاس، تعهد…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>چیزی یافت نشد.</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <source>Islamic Hijri (Umm al-Qura)</source>
        <translation>هجری قمری (ام‌القری)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>پیش‌فرض سامانه</translation>
    </message>
    <message>
        <source>A new language or calendar applies when delegate_app starts again.</source>
        <translation>زبان یا تقویم تازه از اجرای بعدی delegate_app اعمال می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>تقویم:</translation>
    </message>
    <message>
        <source>Edit summit</source>
        <translation>ویرایش اجلاس</translation>
    </message>
    <message>
        <source>New summit</source>
        <translation>اجلاس تازه</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>اجلاس</translation>
    </message>
    <message>
        <source>e.g. U20 Mayors Summit 2027</source>
        <translation>مثلاً اجلاس شهرداران U20 ۲۰۲۷</translation>
    </message>
    <message>
        <source>&amp;Host city</source>
        <translation>شهر میزبان</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>برگزارکننده</translation>
    </message>
    <message>
        <source>Th&amp;emes</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>ویرایش نشست</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>نشست تازه</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>نشست</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>سالن</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>سخنرانان</translation>
    </message>
    <message>
        <source>New {noun} {name}</source>
        <translation>{noun} تازه: {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>ویرایش {name}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>حذف {noun}</translation>
    </message>
    <message>
        <source>Delete {name}?

You can undo this with Ctrl+Z.</source>
        <translation>{name} حذف شود؟

با Ctrl+Z می‌توانید این کار را بازگردانید.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>حذف {name}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>شرح رویداد</translation>
    </message>
    <message>
        <source>Select a change to see each field before and after.</source>
        <translation>تغییری را برگزینید تا هر فیلد را پیش و پس از آن ببینید.</translation>
    </message>
    <message>
        <source>{kind} number {n}</source>
        <translation>{kind} شماره {n}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>برون‌بری CSV…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>هر زمان</translation>
    </message>
    <message>
        <source>Filter changes…  (Ctrl+F)</source>
        <translation>پالایش تغییرات…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>همه کارشناسان</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>همه سوابق</translation>
    </message>
    <message>
        <source>Any delegation</source>
        <translation>همه هیئت‌ها</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} تغییر</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>۱ تغییر</translation>
    </message>
    <message>
        <source>the newest {n} changes</source>
        <translation>{n} تغییر اخیر</translation>
    </message>
    <message>
        <source>{shown} of {text} match the filter</source>
        <translation>{shown} از {text} با پالایه جور است</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>برون‌بری فعالیت‌ها</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Activity not exported</source>
        <translation>فعالیت‌ها برون‌بری نشد</translation>
    </message>
    <message>
        <source>{n} changes exported to {path}</source>
        <translation>{n} تغییر به {path} برون‌بری شد</translation>
    </message>
    <message>
        <source>No changes on record yet.</source>
        <translation>هنوز تغییری ثبت نشده است.</translation>
    </message>
    <message>
        <source>The newest {n} changes; the Activity page lists them all.</source>
        <translation>{n} تغییر اخیر؛ صفحه فعالیت‌ها همه را فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Select a record to see who changed it, and when.</source>
        <translation>سابقه‌ای را برگزینید تا ببینید چه کسی و چه زمانی آن را تغییر داده است.</translation>
    </message>
    <message>
        <source>The item selected in the agenda</source>
        <translation>مورد برگزیده در دستور کار</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>نمایش سابقه تغییرات</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>INTERNAL</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <source>Summits</source>
        <translation>اجلاس‌ها</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>هیئت‌ها</translation>
    </message>
    <message>
        <source>People</source>
        <translation>اشخاص</translation>
    </message>
    <message>
        <source>Cities &amp; networks</source>
        <translation>شهرها و شبکه‌ها</translation>
    </message>
    <message>
        <source>Organisations &amp; networks</source>
        <translation>سازمان‌ها و شبکه‌ها</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>تعهدات</translation>
    </message>
    <message>
        <source>Gift register</source>
        <translation>دفتر ثبت هدایا</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>پایگاه داده: {db}</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Load &amp;sample plan…</source>
        <translation>بارگذاری برنامه نمونه…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>برون‌بری تقویم…</translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>درون‌بری تقویم…</translation>
    </message>
    <message>
        <source>Import c&amp;ontacts…</source>
        <translation>درون‌بری مخاطبان…</translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation>برون‌بری مخاطبان…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>جستجو در فهرست</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>جستجو در همه‌چیز…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>برو</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;About delegate_app</source>
        <translation>درباره delegate_app</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>بازگردانده شد: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>دوباره انجام شد: {what}</translation>
    </message>
    <message>
        <source>Cannot show this page</source>
        <translation>نمایش این صفحه ممکن نیست</translation>
    </message>
    <message>
        <source>Choose a delegation</source>
        <translation>هیئتی را برگزینید</translation>
    </message>
    <message>
        <source>Select or open a delegation first; its calendar is the one exported or imported into.</source>
        <translation>نخست هیئتی را برگزینید یا باز کنید؛ تقویم آن است که برون‌بری یا درون‌بری می‌شود.</translation>
    </message>
    <message>
        <source>Load the sample plan</source>
        <translation>بارگذاری برنامه نمونه</translation>
    </message>
    <message>
        <source>This database is empty. Load the bundled sample plan — a Tehran protocol office with delegations to Buenos Aires and Tokyo, a mayors&apos; summit, counterparts and commitments — to see the app at work?</source>
        <translation>این پایگاه داده خالی است. برنامه نمونه همراه برنامه — دفتر تشریفات تهران با هیئت‌هایی به بوئنوس آیرس و توکیو، یک اجلاس شهرداران، همتایان و تعهدات — بارگذاری شود تا برنامه را در عمل ببینید؟</translation>
    </message>
    <message>
        <source>This database already holds records. Add the sample plan to them anyway?</source>
        <translation>این پایگاه داده از پیش سوابقی دارد. با این حال برنامه نمونه به آن‌ها افزوده شود؟</translation>
    </message>
    <message>
        <source>Loading the sample plan…</source>
        <translation>در حال بارگذاری برنامه نمونه…</translation>
    </message>
    <message>
        <source>Sample plan loaded.</source>
        <translation>برنامه نمونه بارگذاری شد.</translation>
    </message>
    <message>
        <source>Sample plan not loaded</source>
        <translation>برنامه نمونه بارگذاری نشد</translation>
    </message>
    <message>
        <source>About delegate_app</source>
        <translation>درباره delegate_app</translation>
    </message>
    <message>
        <source>&lt;b&gt;delegate_app {version}&lt;/b&gt;&lt;p&gt;Plans mayors&apos; summits and delegation visits for a city&apos;s protocol office.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</source>
        <translation>&lt;b&gt;delegate_app {version}&lt;/b&gt;&lt;p&gt;برنامه‌ریزی اجلاس‌های شهرداران و سفرهای هیئت‌ها برای دفتر تشریفات شهر.&lt;/p&gt;&lt;p&gt;پایگاه داده: {db}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>یکی از همکاران</translation>
    </message>
    <message>
        <source>{who} saved this {noun} first</source>
        <translation>{who} این {noun} را زودتر ذخیره کرد</translation>
    </message>
    <message>
        <source>meanwhile</source>
        <translation>در این فاصله</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; saved this {noun} ({when}) while you were editing it, so your save was not made. Choose for each field which value to keep; nothing you typed is lost. &lt;i&gt;Back to my form&lt;/i&gt; returns to your form as you left it.</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt; این {noun} را ({when}) هنگامی که شما آن را ویرایش می‌کردید ذخیره کرد، بنابراین ذخیرهٔ شما انجام نشد. برای هر فیلد انتخاب کنید کدام مقدار بماند؛ هیچ‌چیز از آنچه نوشته‌اید از دست نمی‌رود. &lt;i&gt;بازگشت به فرم من&lt;/i&gt; شما را به فرم خودتان، همان‌گونه که رهایش کردید، بازمی‌گرداند.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>مقدار شما</translation>
    </message>
    <message>
        <source>{who}&apos;s</source>
        <translation>مقدار {who}</translation>
    </message>
    <message>
        <source>you changed this</source>
        <translation>این را شما تغییر دادید</translation>
    </message>
    <message>
        <source>as you found it</source>
        <translation>همان‌گونه که یافتید</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>ذخیرهٔ انتخاب‌های من</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>همه از من</translation>
    </message>
    <message>
        <source>All theirs</source>
        <translation>همه از همکار</translation>
    </message>
    <message>
        <source>Back to my form</source>
        <translation>بازگشت به فرم من</translation>
    </message>
    <message>
        <source>Not saved yet: a colleague saved this {noun} first. Your values are all still here; press OK to compare them field by field again.</source>
        <translation>هنوز ذخیره نشده است: یکی از همکاران این {noun} را زودتر ذخیره کرد. همهٔ مقادیر شما هنوز اینجاست؛ برای مقایسهٔ دوبارهٔ فیلد به فیلد «تأیید» را بزنید.</translation>
    </message>
    <message>
        <source>The change made as the connection dropped was saved.</source>
        <translation>تغییری که هنگام قطع ارتباط انجام شد ذخیره شده است.</translation>
    </message>
    <message>
        <source>The change made as the connection dropped was NOT saved; make it again.</source>
        <translation>تغییری که هنگام قطع ارتباط انجام شد ذخیره نشد؛ آن را دوباره انجام دهید.</translation>
    </message>
    <message>
        <source>{who} deleted this {noun} ({when}) while you were editing it; it can no longer be saved.</source>
        <translation>{who} این {noun} را ({when}) هنگامی که شما آن را ویرایش می‌کردید حذف کرد؛ دیگر نمی‌توان آن را ذخیره کرد.</translation>
    </message>
    <message>
        <source>{who} changed this {noun} ({when}) while you were editing it. What you typed is kept; when you save, you choose field by field between yours and theirs.</source>
        <translation>{who} این {noun} را ({when}) هنگامی که شما آن را ویرایش می‌کردید تغییر داد. آنچه نوشته‌اید حفظ می‌شود؛ هنگام ذخیره، فیلد به فیلد میان مقدار خود و مقدار همکار انتخاب می‌کنید.</translation>
    </message>
    <message>
        <source>some</source>
        <translation>چند</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Signed in as {name} — {role}</source>
        <translation>واردشده با نام {name} — {role}</translation>
    </message>
    <message>
        <source>roles do not apply on one workstation</source>
        <translation>نقش‌ها روی یک ایستگاه کاری به کار نمی‌روند</translation>
    </message>
    <message>
        <source>not one of the office&apos;s officers: the database&apos;s own rights apply</source>
        <translation>از کارشناسان دفتر نیست: حقوق خود پایگاه داده اعمال می‌شود</translation>
    </message>
    <message>
        <source>Read only: every change is greyed out, and the database refuses it anyway.</source>
        <translation>فقط خواندنی: هر تغییری غیرفعال است و پایگاه داده نیز آن را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>The office database cannot be reached. What is open stays readable; changes cannot be saved until the connection is back. Reconnecting by itself…</source>
        <translation>دسترسی به پایگاه دادهٔ دفتر ممکن نیست. آنچه باز است خواندنی می‌ماند؛ تا بازگشت ارتباط نمی‌توان تغییری را ذخیره کرد. در حال اتصال دوباره…</translation>
    </message>
    <message>
        <source>Connected to the office database again; what is shown is up to date.</source>
        <translation>دوباره به پایگاه دادهٔ دفتر وصل شد؛ آنچه نمایش داده می‌شود به‌روز است.</translation>
    </message>
    <message>
        <source>{who} changed {what}</source>
        <translation>{who} {what} را تغییر داد</translation>
    </message>
    <message>
        <source>The connection dropped while saving. Whether the change went in is asked of the server as soon as it is back, and you will be told; do not make it again until then.</source>
        <translation>ارتباط هنگام ذخیره قطع شد. به‌محض بازگشت ارتباط، از سرور پرسیده می‌شود که آیا تغییر ثبت شده است و به شما اطلاع داده می‌شود؛ تا آن زمان آن را تکرار نکنید.</translation>
    </message>
    <message>
        <source>Saved — the connection dropped as it was saved, and the server confirms it is in (once). It cannot be undone with Ctrl+Z.</source>
        <translation>ذخیره شد — ارتباط هنگام ذخیره قطع شد و سرور تأیید می‌کند که (یک بار) ثبت شده است. نمی‌توان آن را با Ctrl+Z بازگرداند.</translation>
    </message>
    <message>
        <source>Not saved: the connection dropped before the save went through. Your values are still here; save again once the connection is back.</source>
        <translation>ذخیره نشد: ارتباط پیش از انجام ذخیره قطع شد. مقادیر شما هنوز اینجاست؛ پس از بازگشت ارتباط دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>Filter {title}…  (Ctrl+F)</source>
        <translation>پالایش {title}…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>۱ سابقه</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} سابقه</translation>
    </message>
    <message>
        <source>nothing matches the filter (of {text})</source>
        <translation>هیچ موردی با پالایه جور نیست (از {text})</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>سابقه‌ای را برگزینید تا اینجا ببینید.</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>خط بومی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>منطقه زمانی</translation>
    </message>
    <message>
        <source>Relationship with us</source>
        <translation>پیوند با ما</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>شبکه‌ها</translation>
    </message>
    <message>
        <source> — {done} of {n} commitments done</source>
        <translation> — {done} از {n} تعهد انجام شده</translation>
    </message>
    <message>
        <source>Mark fulfilled</source>
        <translation>علامت اجراشده</translation>
    </message>
    <message>
        <source>No cities yet — New city (Ctrl+N), or load the sample plan from the File menu.</source>
        <translation>هنوز شهری نیست — شهر تازه (Ctrl+N)، یا برنامه نمونه را از منوی «پرونده» بارگذاری کنید.</translation>
    </message>
    <message>
        <source>New partnership…</source>
        <translation>پیمان همکاری تازه…</translation>
    </message>
    <message>
        <source>Edit partnership…</source>
        <translation>ویرایش پیمان همکاری…</translation>
    </message>
    <message>
        <source>Attach agreement…</source>
        <translation>پیوست کردن موافقت‌نامه…</translation>
    </message>
    <message>
        <source>Open agreement</source>
        <translation>باز کردن موافقت‌نامه</translation>
    </message>
    <message>
        <source>Commitments report…</source>
        <translation>گزارش تعهدات…</translation>
    </message>
    <message>
        <source>Mark the agreement fulfilled</source>
        <translation>موافقت‌نامه را اجراشده علامت بزنید</translation>
    </message>
    <message>
        <source>{country} · local time now {now}</source>
        <translation>{country} · اکنون به وقت محلی {now}</translation>
    </message>
    <message>
        <source>Partnerships with our city</source>
        <translation>پیمان‌های همکاری با شهر ما</translation>
    </message>
    <message>
        <source>No partnership recorded.</source>
        <translation>پیمان همکاری‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>موافقت‌نامه‌ها</translation>
    </message>
    <message>
        <source>What we owe them ({n})</source>
        <translation>آنچه ما بدهکاریم ({n})</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>مورد بازی نیست.</translation>
    </message>
    <message>
        <source>What they owe us ({n})</source>
        <translation>آنچه آنان بدهکارند ({n})</translation>
    </message>
    <message>
        <source>Delegations both ways</source>
        <translation>هیئت‌ها در هر دو سو</translation>
    </message>
    <message>
        <source>City officials on file</source>
        <translation>مقامات شهری ثبت‌شده</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>اطلاعات</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>مختصات</translation>
    </message>
    <message>
        <source>People on file</source>
        <translation>اشخاص ثبت‌شده</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>{date} — {n} days late</source>
        <translation>{date} — {n} روز دیرکرد</translation>
    </message>
    <message>
        <source>{date} — overdue</source>
        <translation>{date} — سررسید گذشته</translation>
    </message>
    <message>
        <source>{date} — today</source>
        <translation>{date} — امروز</translation>
    </message>
    <message>
        <source>we owe {n}</source>
        <translation>{n} مورد بر عهده ما</translation>
    </message>
    <message>
        <source>they owe {n}</source>
        <translation>{n} مورد بر عهده آنان</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} مورد سررسیدگذشته</translation>
    </message>
    <message>
        <source>{n} kept</source>
        <translation>{n} مورد انجام‌شده</translation>
    </message>
    <message>
        <source>City / commitment</source>
        <translation>شهر / تعهد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>recorded as {status}</source>
        <translation>با وضعیت {status} ثبت شده</translation>
    </message>
    <message>
        <source> (counted in {zone} time, where the owner works)</source>
        <translation> (به وقت {zone}، محل کار مسئول، شمرده شده)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>{status} · {priority} priority</source>
        <translation>{status} · اولویت {priority}</translation>
    </message>
    <message>
        <source>Owner on our side</source>
        <translation>مسئول از سوی ما</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Promised at</source>
        <translation>وعده‌داده‌شده در</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>موافقت‌نامه</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Notes — never shared</source>
        <translation>یادداشت‌ها — هرگز به اشتراک گذاشته نمی‌شود</translation>
    </message>
    <message>
        <source>Export commitments</source>
        <translation>برون‌بری تعهدات</translation>
    </message>
    <message>
        <source>Tasks for calendars (*.ics);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>وظایف برای تقویم‌ها (*.ics);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Commitments not exported</source>
        <translation>تعهدات برون‌بری نشدند</translation>
    </message>
    <message>
        <source>{n} commitments exported to {path}</source>
        <translation>{n} تعهد به {path} برون‌بری شد</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>باز یا در جریان</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>No commitments match — promises made at meetings, summits and in agreements are tracked here. Record one (Ctrl+N), record a meeting&apos;s outcome from a delegation, or clear the filters.</source>
        <translation>هیچ تعهدی جور نیست — وعده‌هایی که در دیدارها، اجلاس‌ها و موافقت‌نامه‌ها داده می‌شود اینجا پیگیری می‌شوند. یکی را ثبت کنید (Ctrl+N)، نتیجه دیداری را از یک هیئت ثبت کنید، یا پالایه‌ها را پاک کنید.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>علامت انجام…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>کنار گذاشتن…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>بازگشایی…</translation>
    </message>
    <message>
        <source>Export tasks…</source>
        <translation>برون‌بری وظایف…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>گزارش…</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>همه شهرها</translation>
    </message>
    <message>
        <source>Any counterpart</source>
        <translation>همه همتایان</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>همه موضوعات</translation>
    </message>
    <message>
        <source>&amp;Group by city</source>
        <translation>دسته‌بندی بر پایه شهر</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن پالایه‌ها</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>{step}: {what}</source>
        <translation>{step}: {what}</translation>
    </message>
    <message>
        <source>Commitments report — {city}</source>
        <translation>گزارش تعهدات — {city}</translation>
    </message>
    <message>
        <source>from {city}</source>
        <translation>از {city}</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>رئیس هیئت</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>موارد</translation>
    </message>
    <message>
        <source>No delegations yet — New delegation (Ctrl+N), or load the sample plan from the File menu to see a real office at work.</source>
        <translation>هنوز هیئتی نیست — هیئت تازه (Ctrl+N)، یا برنامه نمونه را از منوی «پرونده» بارگذاری کنید تا دفتری واقعی را در کار ببینید.</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a delegation, in its tab</comment>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>ویرایش جزئیات</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>رونوشت…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>همه هیئت‌ها</translation>
    </message>
    <message>
        <source>Saved delegation — Ctrl+Z undoes it</source>
        <translation>هیئت ذخیره شد — Ctrl+Z آن را بازمی‌گرداند</translation>
    </message>
    <message>
        <source>Duplicate delegation</source>
        <translation>رونوشت هیئت</translation>
    </message>
    <message>
        <source>Copy “{title}” as a template: members and programme are copied, every item tentative. Move the dates by how many days?</source>
        <translation>رونوشت «{title}» به‌عنوان الگو: اعضا و برنامه رونویسی می‌شوند و همه موارد غیرقطعی می‌شوند. تاریخ‌ها چند روز جابه‌جا شوند؟</translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation>رونوشت {title}</translation>
    </message>
    <message>
        <source>Archive {title}</source>
        <translation>بایگانی {title}</translation>
    </message>
    <message>
        <source>Unarchive {title}</source>
        <translation>خروج {title} از بایگانی</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>حذف هیئت</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {n} itinerary items and {m} members?

You can undo this with Ctrl+Z.</source>
        <translation>«{title}» با {n} مورد برنامه سفر و {m} عضوش حذف شود؟

با Ctrl+Z می‌توانید این کار را بازگردانید.</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>حذف {title}</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>Delegation in order of precedence</source>
        <translation>هیئت به ترتیب تقدم</translation>
    </message>
    <message>
        <source>Programme (local times)</source>
        <translation>برنامه (به وقت محلی)</translation>
    </message>
    <message>
        <source>No itinerary items yet.</source>
        <translation>هنوز موردی در برنامه سفر نیست.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>افزوده شد</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>بازیابی شد</translation>
    </message>
    <message>
        <source>{verb} {noun} — Ctrl+Z undoes it, Ctrl+Shift+Z redoes it</source>
        <translation>{noun} {verb} — Ctrl+Z آن را بازمی‌گرداند، Ctrl+Shift+Z دوباره انجامش می‌دهد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Given / received</source>
        <translation>اهدایی / دریافتی</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>اهداکننده</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>اعلام‌شده</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>محل نگهداری کنونی</translation>
    </message>
    <message>
        <source>No gifts recorded — Record a gift (Ctrl+N) each time one is given or received; public-ethics rules ask for a yearly register.</source>
        <translation>هدیه‌ای ثبت نشده است — هر بار که هدیه‌ای اهدا یا دریافت می‌شود، آن را ثبت کنید (Ctrl+N)؛ مقررات اخلاق اداری دفتر ثبت سالانه می‌خواهد.</translation>
    </message>
    <message>
        <source>Export yearly register…</source>
        <translation>برون‌بری دفتر ثبت سالانه…</translation>
    </message>
    <message>
        <source>Which year?</source>
        <translation>کدام سال؟</translation>
    </message>
    <message>
        <source>Export the gift register</source>
        <translation>برون‌بری دفتر ثبت هدایا</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Register not exported</source>
        <translation>دفتر ثبت برون‌بری نشد</translation>
    </message>
    <message>
        <source>{n} gifts of {year} exported to {path}</source>
        <translation>{n} هدیه سال {year} به {path} برون‌بری شد</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>مناسبت</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>ارزش تخمینی</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>سرواژه</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>مقر</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>شهرهای عضو</translation>
    </message>
    <message>
        <source>No organisations yet — New organisation (Ctrl+N): networks such as C40 or UCLG, city governments, embassies, ministries.</source>
        <translation>هنوز سازمانی نیست — سازمان تازه (Ctrl+N): شبکه‌هایی مانند C40 یا UCLG، دولت‌های شهری، سفارتخانه‌ها، وزارتخانه‌ها.</translation>
    </message>
    <message>
        <source>Add member city…</source>
        <translation>افزودن شهر عضو…</translation>
    </message>
    <message>
        <source>End a membership…</source>
        <translation>پایان دادن به یک عضویت…</translation>
    </message>
    <message>
        <source>Add a member city to {name}</source>
        <translation>افزودن شهر عضو به {name}</translation>
    </message>
    <message>
        <source>Add member to {name}</source>
        <translation>افزودن عضو به {name}</translation>
    </message>
    <message>
        <source>No current members</source>
        <translation>عضو کنونی ندارد</translation>
    </message>
    <message>
        <source>This organisation has no current member cities.</source>
        <translation>این سازمان شهر عضو کنونی ندارد.</translation>
    </message>
    <message>
        <source>End a membership of {name}</source>
        <translation>پایان عضویت در {name}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <source>Member cities ({n})</source>
        <translation>شهرهای عضو ({n})</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>اعضای پیشین</translation>
    </message>
    <message>
        <source>New partnership with {city}</source>
        <translation>پیمان همکاری تازه با {city}</translation>
    </message>
    <message>
        <source>No partnership</source>
        <translation>بدون پیمان همکاری</translation>
    </message>
    <message>
        <source>{city} has no partnership with us yet — New partnership first.</source>
        <translation>{city} هنوز پیمان همکاری‌ای با ما ندارد — نخست «پیمان همکاری تازه».</translation>
    </message>
    <message>
        <source>Which partnership?</source>
        <translation>کدام پیمان همکاری؟</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>پیوست کردن موافقت‌نامه امضاشده</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.jpg *.png)</source>
        <translation>اسناد (*.pdf *.docx *.odt *.jpg *.png)</translation>
    </message>
    <message>
        <source>Attach {file}</source>
        <translation>پیوست کردن {file}</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>بدون سند</translation>
    </message>
    <message>
        <source>No signed agreement is attached yet.</source>
        <translation>هنوز موافقت‌نامه امضاشده‌ای پیوست نشده است.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>زبان‌ها</translation>
    </message>
    <message>
        <source>No people yet — add our officials and the counterparts you meet with New person (Ctrl+N), or load the sample plan from the File menu.</source>
        <translation>هنوز شخصی نیست — مقامات ما و همتایانی را که با آنان دیدار می‌کنید با «شخص تازه» (Ctrl+N) بیفزایید، یا برنامه نمونه را از منوی «پرونده» بارگذاری کنید.</translation>
    </message>
    <message>
        <source>Set photo…</source>
        <translation>تعیین عکس…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>برداشتن عکس</translation>
    </message>
    <message>
        <source>Change of office…</source>
        <translation>تغییر سمت…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>عکسی برگزینید</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>تصاویر (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Photo not set</source>
        <translation>عکس تعیین نشد</translation>
    </message>
    <message>
        <source>Set photo of {name}</source>
        <translation>تعیین عکس {name}</translation>
    </message>
    <message>
        <source>Remove photo of {name}</source>
        <translation>برداشتن عکس {name}</translation>
    </message>
    <message>
        <source>Change of office — {name}</source>
        <translation>تغییر سمت — {name}</translation>
    </message>
    <message>
        <source>Change of office</source>
        <translation>تغییر سمت</translation>
    </message>
    <message>
        <source>{name} leaves the position “{position}”.</source>
        <translation>{name} سمت «{position}» را ترک می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Last day in office</source>
        <translation>آخرین روز در سمت</translation>
    </message>
    <message>
        <source>&amp;Successor</source>
        <translation>جانشین</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(هنوز معلوم نیست)</translation>
    </message>
    <message>
        <source>Change of office of {name}</source>
        <translation>تغییر سمت {name}</translation>
    </message>
    <message>
        <source>In a letter</source>
        <translation>در نامه</translation>
    </message>
    <message>
        <source>In speech</source>
        <translation>در گفتار</translation>
    </message>
    <message>
        <source>Precedence rank</source>
        <translation>رتبه تقدم</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>ترتیب نام</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>ترجمه شفاهی</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>نیازها</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>ملاحظات غذایی</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>دسترسی‌پذیری</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>زندگی‌نامه</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>سمت‌های پیشین و کنونی</translation>
    </message>
    <message>
        <source>History with us</source>
        <translation>سابقه با ما</translation>
    </message>
    <message>
        <source>No delegations, meetings, commitments or gifts recorded yet.</source>
        <translation>هنوز هیئت، دیدار، تعهد یا هدیه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <source>Notes — never shared with hosts</source>
        <translation>یادداشت‌ها — هرگز با میزبانان به اشتراک گذاشته نمی‌شود</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>شهر میزبان</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>برگزارکننده</translation>
    </message>
    <message>
        <source>Our delegations</source>
        <translation>هیئت‌های ما</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>موضوعات</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>سالن</translation>
    </message>
    <message>
        <source>No summits yet — New summit (Ctrl+N), or load the sample plan from the File menu to see one with its programme of sessions.</source>
        <translation>هنوز اجلاسی نیست — اجلاس تازه (Ctrl+N)، یا برنامه نمونه را از منوی «پرونده» بارگذاری کنید تا یکی را با برنامه نشست‌هایش ببینید.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>لغو نشست</translation>
    </message>
    <message>
        <source>Programme…</source>
        <translation>برنامه…</translation>
    </message>
    <message>
        <source>Delete summit</source>
        <translation>حذف اجلاس</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {n} sessions? Delegations attending keep their items. You can undo this with Ctrl+Z.</source>
        <translation>«{title}» با {n} نشستش حذف شود؟ هیئت‌های شرکت‌کننده موارد خود را نگه می‌دارند. با Ctrl+Z می‌توانید این کار را بازگردانید.</translation>
    </message>
    <message>
        <source>Export the programme</source>
        <translation>برون‌بری برنامه</translation>
    </message>
    <message>
        <source>Programme exported to {path}</source>
        <translation>برنامه به {path} برون‌بری شد</translation>
    </message>
    <message>
        <source>Exporting the programme…</source>
        <translation>در حال برون‌بری برنامه…</translation>
    </message>
    <message>
        <source>Freeze the summit&apos;s programme as it stands as the next numbered version, to send out</source>
        <translation>برنامهٔ اجلاس را همان‌گونه که هست به‌عنوان نسخهٔ شماره‌دار بعدی برای ارسال تثبیت کنید</translation>
    </message>
    <message>
        <source>The versions issued: what changed since, change sheets, the programme of a version</source>
        <translation>نسخه‌های صادرشده: آنچه از آن پس تغییر کرد، برگه‌های تغییرات، برنامهٔ هر نسخه</translation>
    </message>
    <message>
        <source>Programme — {title}</source>
        <translation>برنامه — {title}</translation>
    </message>
    <message>
        <source>New session {title}</source>
        <translation>نشست تازه {title}</translation>
    </message>
    <message>
        <source>Edit session {title}</source>
        <translation>ویرایش نشست {title}</translation>
    </message>
    <message>
        <source>Our delegations attending</source>
        <translation>هیئت‌های شرکت‌کننده ما</translation>
    </message>
    <message>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <source>No sessions yet — New session (Ctrl+Shift+N).</source>
        <translation>هنوز نشستی نیست — نشست تازه (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>home</source>
        <translation>مبدأ</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} روز دیرکرد</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>سررسید امروز</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>هنوز مسئولی ندارد</translation>
    </message>
    <message>
        <source>and {n} more owners ({count} commitments)</source>
        <translation>و {n} مسئول دیگر ({count} تعهد)</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>و {n} مورد دیگر</translation>
    </message>
    <message>
        <source>Gathering today…</source>
        <translation>در حال گردآوری امروز…</translation>
    </message>
    <message>
        <source>Today could not be gathered: {why}</source>
        <translation>«امروز» گردآوری نشد: {why}</translation>
    </message>
    <message>
        <source>{late} overdue · {soon} due within 14 days</source>
        <translation>{late} سررسیدگذشته · {soon} با سررسید تا ۱۴ روز آینده</translation>
    </message>
    <message>
        <source>Nothing needs your attention. With an empty database, load the sample plan (File ▸ Load sample plan) or add people and cities to begin.</source>
        <translation>چیزی نیاز به توجه شما ندارد. با پایگاه داده‌ای خالی، برنامه نمونه را بارگذاری کنید (پرونده ▸ بارگذاری برنامه نمونه) یا برای آغاز، اشخاص و شهرها را بیفزایید.</translation>
    </message>
    <message>
        <source>Overdue commitments, by owner ({n})</source>
        <translation>تعهدات سررسیدگذشته، به تفکیک مسئول ({n})</translation>
    </message>
    <message>
        <source>Under way — today and tomorrow</source>
        <translation>در جریان — امروز و فردا</translation>
    </message>
    <message>
        <source>No delegation is travelling or visiting today.</source>
        <translation>امروز هیچ هیئتی در سفر یا دیدار نیست.</translation>
    </message>
    <message>
        <source>Due within 14 days, by owner ({n})</source>
        <translation>با سررسید تا ۱۴ روز آینده، به تفکیک مسئول ({n})</translation>
    </message>
    <message>
        <source>Conflicts in upcoming itineraries</source>
        <translation>تداخل‌ها در برنامه‌های سفر پیش رو</translation>
    </message>
    <message>
        <source>Coming up: delegations</source>
        <translation>پیش رو: هیئت‌ها</translation>
    </message>
    <message>
        <source>Coming up: summits</source>
        <translation>پیش رو: اجلاس‌ها</translation>
    </message>
    <message>
        <source>Partnerships up for renewal</source>
        <translation>پیمان‌های همکاری در آستانه تمدید</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>نمایش آن‌ها</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> و {n} مورد دیگر</translation>
    </message>
    <message>
        <source>{n} commitments are overdue:</source>
        <translation>{n} تعهد از سررسید گذشته است:</translation>
    </message>
    <message>
        <source>1 commitment is overdue:</source>
        <translation>۱ تعهد از سررسید گذشته است:</translation>
    </message>
    <message>
        <source>{n} commitments became overdue since you last looked:</source>
        <translation>{n} تعهد از آخرین باری که نگاه کردید سررسیدشان گذشته است:</translation>
    </message>
    <message>
        <source>1 commitment became overdue since you last looked:</source>
        <translation>۱ تعهد از آخرین باری که نگاه کردید سررسیدش گذشته است:</translation>
    </message>
    <message>
        <source>No version issued yet: Issue version… on the Summits toolbar freezes the summit&apos;s programme as version 1.</source>
        <translation>هنوز نسخه‌ای صادر نشده است: «صدور نسخه…» در نوار ابزار اجلاس‌ها برنامهٔ اجلاس را به‌عنوان نسخه ۱ تثبیت می‌کند.</translation>
    </message>
    <message>
        <source>P&amp;rogramme of this version…</source>
        <translation>برنامهٔ این نسخه…</translation>
    </message>
    <message>
        <source>Programme, version {n} — {title}</source>
        <translation>برنامه، نسخهٔ {n} — {title}</translation>
    </message>
    <message>
        <source>itinerary item</source>
        <translation>مورد برنامه سفر</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: its folder {folder} cannot be made ({reason}).</source>
        <translation>پایگاه داده {path} ساخته نشد: پوشه آن، {folder}، ساخته نمی‌شود ({reason}).</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file inside it.</source>
        <translation>{path} یک پوشه است؛ مسیر پرونده پایگاه داده‌ای درون آن را بدهید.</translation>
    </message>
    <message>
        <source>The office database cannot be reached right now, so nothing was saved. What is open stays readable; delegate_app reconnects by itself — try again in a moment.</source>
        <translation>اکنون دسترسی به پایگاه دادهٔ دفتر ممکن نیست، پس چیزی ذخیره نشد. آنچه باز است خواندنی می‌ماند؛ delegate_app خودش دوباره وصل می‌شود — لحظه‌ای دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The connection to the office database dropped while your change was being saved. delegate_app asks the server whether it was saved as soon as it is back; do not make the change again until then.</source>
        <translation>ارتباط با پایگاه دادهٔ دفتر هنگام ذخیرهٔ تغییر شما قطع شد. delegate_app به‌محض بازگشت ارتباط از سرور می‌پرسد که آیا ذخیره شده است یا نه؛ تا آن زمان تغییر را دوباره انجام ندهید.</translation>
    </message>
    <message>
        <source>Your role does not allow this, so nothing was changed (the database said: {detail}).</source>
        <translation>نقش شما اجازهٔ این کار را نمی‌دهد، پس چیزی تغییر نکرد (پاسخ پایگاه داده: {detail}).</translation>
    </message>
    <message>
        <source>{user} may no longer sign in to the office database (the officer was removed); ask IT or the head of protocol.</source>
        <translation>{user} دیگر نمی‌تواند به پایگاه دادهٔ دفتر وارد شود (این کارمند حذف شده است)؛ از واحد فناوری اطلاعات یا رئیس تشریفات بپرسید.</translation>
    </message>
    <message>
        <source>Wrong password for {user}.</source>
        <translation>گذرواژهٔ {user} نادرست است.</translation>
    </message>
    <message>
        <source>The office database asks {user} for a password: keep it in the PostgreSQL password file ({file}) or in the address.</source>
        <translation>پایگاه دادهٔ دفتر از {user} گذرواژه می‌خواهد: آن را در پروندهٔ گذرواژهٔ PostgreSQL ({file}) یا در نشانی نگه دارید.</translation>
    </message>
    <message>
        <source>There is no officer named {user} on this database server, or no such database; check the address.</source>
        <translation>در این سرور پایگاه داده کارمندی به نام {user} یا چنین پایگاه داده‌ای وجود ندارد؛ نشانی را بررسی کنید.</translation>
    </message>
    <message>
        <source>{user} is not an officer of this office database; ask IT to add them.</source>
        <translation>{user} از کارمندان این پایگاه دادهٔ دفتر نیست؛ از واحد فناوری اطلاعات بخواهید او را بیفزاید.</translation>
    </message>
    <message>
        <source>The office database refused to sign in {user}: {reason}.</source>
        <translation>پایگاه دادهٔ دفتر ورود {user} را نپذیرفت: {reason}.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}.</source>
        <translation>پایگاه داده {path} باز نمی‌شود: {reason}.</translation>
    </message>
    <message>
        <source> under another name (a link to the same file)</source>
        <translation> با نامی دیگر (پیوندی به همان پرونده)</translation>
    </message>
    <message>
        <source>The database {path} is already open in delegate_app{alias}{holder}. Close it there first.</source>
        <translation>پایگاه داده {path} از پیش در delegate_app{alias}{holder} باز است. نخست آن را در آنجا ببندید.</translation>
    </message>
    <message>
        <source> by {user} on {host} (process {pid}, since {since})</source>
        <translation> به دست {user} روی {host} (فرایند {pid}، از {since})</translation>
    </message>
    <message>
        <source>This installation has no database migrations.</source>
        <translation>این نصب، گام‌های ارتقای پایگاه داده را ندارد.</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of delegate_app (schema {revision}). Update delegate_app to open it; the database was left untouched.</source>
        <translation>پایگاه داده {where} را نسخه تازه‌تری از delegate_app نوشته است (طرح {revision}). برای باز کردن آن delegate_app را به‌روز کنید؛ پایگاه داده دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>The backup could not be written to {target} ({reason}).</source>
        <translation>نسخه پشتیبان در {target} نوشته نشد ({reason}).</translation>
    </message>
    <message>
        <source>{database} holds tables of another application; delegate_app will not touch it. Choose a new file or an empty database.</source>
        <translation>{database} جدول‌های برنامه دیگری را در خود دارد؛ delegate_app به آن دست نمی‌زند. پرونده‌ای تازه یا پایگاه داده‌ای خالی برگزینید.</translation>
    </message>
    <message>
        <source>The database needs an upgrade to schema {head} that only its owner may run: ask IT to run {command} (or {init}) with the administrator&apos;s address. Nothing was changed.</source>
        <translation>پایگاه داده به ارتقا به طرح‌وارهٔ {head} نیاز دارد که تنها مالک آن می‌تواند انجام دهد: از واحد فناوری اطلاعات بخواهید {command} (یا {init}) را با نشانی مدیر پایگاه داده اجرا کند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The database could not be upgraded from schema {before} to {head}. Nothing was changed.{kept} The details are in the log file {log}.</source>
        <translation>پایگاه داده از طرح {before} به {head} ارتقا نیافت. چیزی تغییر نکرد.{kept} جزئیات در پرونده گزارش {log} آمده است.</translation>
    </message>
    <message>
        <source> A backup taken before the attempt is at {backup}.</source>
        <translation> نسخه پشتیبانی که پیش از این تلاش گرفته شد در {backup} است.</translation>
    </message>
    <message>
        <source>The upgrade would leave records pointing at missing records in {tables}; it was rolled back and nothing was changed.</source>
        <translation>ارتقا سوابقی در {tables} بر جا می‌گذاشت که به سوابق ناموجود اشاره می‌کنند؛ بازگردانده شد و چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>آگاهی</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>هشدار</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>{names} cannot be in both “{first}” and “{second}”: they overlap from {clock}.</source>
        <translation>{names} نمی‌تواند هم در «{first}» باشد و هم در «{second}»: این دو از {clock} هم‌پوشانی دارند.</translation>
    </message>
    <message>
        <source>after landing</source>
        <translation>پس از فرود</translation>
    </message>
    <message>
        <source>to get to another city</source>
        <translation>برای رسیدن به شهری دیگر</translation>
    </message>
    <message>
        <source>to get across town</source>
        <translation>برای رفت‌وآمد درون شهر</translation>
    </message>
    <message>
        <source>Only {minutes} min between “{first}” (ends {clock}) and “{second}”; allow at least {want} min {why}.</source>
        <translation>تنها {minutes} دقیقه میان «{first}» (پایان: {clock}) و «{second}»؛ دست‌کم {want} دقیقه {why} در نظر بگیرید.</translation>
    </message>
    <message>
        <source>“{title}” ({day}) falls outside the delegation&apos;s dates ({first} – {last}).</source>
        <translation>«{title}» ({day}) بیرون از تاریخ‌های هیئت ({first} – {last}) است.</translation>
    </message>
    <message>
        <source>“{title}” runs at night local time ({start}–{end} {place}).</source>
        <translation>«{title}» به وقت محلی در شب برگزار می‌شود ({start}–{end} {place}).</translation>
    </message>
    <message>
        <source>{head} and {other} share no language ({ours} / {theirs}) and “{title}” has no interpreter.</source>
        <translation>{head} و {other} زبان مشترکی ندارند ({ours} / {theirs}) و «{title}» مترجم شفاهی ندارد.</translation>
    </message>
    <message>
        <source>Nobody from the delegation takes part in “{title}”.</source>
        <translation>هیچ‌یک از اعضای هیئت در «{title}» شرکت ندارد.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>کنارگذاشته</translation>
    </message>
    <message>
        <source>Say what was promised, e.g. “Send the tram study to the transport department”.</source>
        <translation>بنویسید چه وعده‌ای داده شد، مثلاً «فرستادن مطالعه تراموا به اداره حمل‌ونقل».</translation>
    </message>
    <message>
        <source>The description is too long ({count} characters, at most {limit}); put details in the notes.</source>
        <translation>شرح بیش از اندازه بلند است ({count} نویسه؛ حداکثر {limit})؛ جزئیات را در یادداشت‌ها بیاورید.</translation>
    </message>
    <message>
        <source>Check the due date.</source>
        <translation>تاریخ سررسید را بررسی کنید.</translation>
    </message>
    <message>
        <source>Choose the agreement this promise comes from.</source>
        <translation>موافقت‌نامه‌ای را که این تعهد از آن برمی‌آید برگزینید.</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>یادداشت‌ها بیش از اندازه بلندند.</translation>
    </message>
    <message>
        <source>The commitment is already “{status}”.</source>
        <translation>این تعهد هم‌اکنون «{status}» است.</translation>
    </message>
    <message>
        <source>A {current} commitment cannot be marked “{target}”; reopen it first.</source>
        <translation>تعهدی که «{current}» است نمی‌تواند «{target}» علامت بخورد؛ نخست آن را بازگشایی کنید.</translation>
    </message>
    <message>
        <source>Give the date it was done.</source>
        <translation>تاریخ انجام را بدهید.</translation>
    </message>
    <message>
        <source>The date it was done cannot be in the future.</source>
        <translation>تاریخ انجام نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>Check the date it was done.</source>
        <translation>تاریخ انجام را بررسی کنید.</translation>
    </message>
    <message>
        <source>Say how it was kept (a note), or attach the document that shows it, e.g. the letter sent.</source>
        <translation>بگویید تعهد چگونه انجام شد (یک یادداشت)، یا سندی را که آن را نشان می‌دهد پیوست کنید، مثلاً نامهٔ فرستاده‌شده.</translation>
    </message>
    <message>
        <source>Say why it was dropped; the next officer will want to know.</source>
        <translation>بنویسید چرا کنار گذاشته شد؛ کارشناس بعدی خواهد خواست بداند.</translation>
    </message>
    <message>
        <source>Say why it is reopened.</source>
        <translation>بنویسید چرا دوباره گشوده می‌شود.</translation>
    </message>
    <message>
        <source>The attached document needs a file name.</source>
        <translation>سند پیوست نام پرونده می‌خواهد.</translation>
    </message>
    <message>
        <source>The document is too large (more than {size} MB).</source>
        <translation>سند بیش از اندازه بزرگ است (بیش از {size} مگابایت).</translation>
    </message>
    <message>
        <source>The attached file is empty.</source>
        <translation>پرونده پیوست خالی است.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>یادداشت بیش از اندازه بلند است.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>این متن بیش از اندازه بلند است.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>بیننده</translation>
    </message>
    <message>
        <source>Head of protocol</source>
        <translation>رئیس تشریفات</translation>
    </message>
    <message>
        <source>reads the programme; no internal notes, briefings or bookings</source>
        <translation>برنامه را می‌خواند؛ بدون یادداشت‌های داخلی، توجیه‌ها یا رزروها</translation>
    </message>
    <message>
        <source>plans and edits everything, reads internal notes</source>
        <translation>همه‌چیز را برنامه‌ریزی و ویرایش می‌کند و یادداشت‌های داخلی را می‌خواند</translation>
    </message>
    <message>
        <source>as an officer, and also the office profile and archiving</source>
        <translation>مانند کارشناس، و نیز مشخصات دفتر و بایگانی</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>این ایستگاه کاری</translation>
    </message>
    <message>
        <source>database owner</source>
        <translation>مالک پایگاه داده</translation>
    </message>
    <message>
        <source>Signed in as {name}, with the role {role}: you may read the programme but not change it. Ask the head of protocol for an officer role.</source>
        <translation>واردشده با نام {name} و نقش {role}: می‌توانید برنامه را بخوانید اما نمی‌توانید آن را تغییر دهید. نقش کارشناس را از رئیس تشریفات بخواهید.</translation>
    </message>
    <message>
        <source>Signed in as {name}, with the role {role}: the record of changes is kept for officers and the head of protocol.</source>
        <translation>واردشده با نام {name} و نقش {role}: سابقهٔ تغییرات فقط برای کارشناسان و رئیس تشریفات نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Only the head of protocol may do this; {name} has the role {role}.</source>
        <translation>فقط رئیس تشریفات می‌تواند این کار را انجام دهد؛ نقش {name} {role} است.</translation>
    </message>
    <message>
        <source>{person} is on the seating plan twice.</source>
        <translation>{person} دو بار در نقشه چیدمان آمده است.</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>سالنی تعیین نشده</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>سخنرانان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>The native name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>The native-script name</source>
        <translation>نام به خط بومی</translation>
    </message>
    <message>
        <source>The honorific</source>
        <translation>عنوان احترام</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>محل برگزاری</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>شرکت حمل</translation>
    </message>
    <message>
        <source>The flight or train number</source>
        <translation>شماره پرواز یا قطار</translation>
    </message>
    <message>
        <source>The language pair</source>
        <translation>جفت زبان</translation>
    </message>
    <message>
        <source>The dress code</source>
        <translation>پوشش رسمی</translation>
    </message>
    <message>
        <source>The booking reference</source>
        <translation>شماره رزرو</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>The briefing</source>
        <translation>توجیه</translation>
    </message>
    <message>
        <source>The talking points</source>
        <translation>محورهای گفتگو</translation>
    </message>
    <message>
        <source>The acronym</source>
        <translation>سرواژه</translation>
    </message>
    <message>
        <source>{label} is too long ({count} characters, at most {limit}).</source>
        <translation>{label} بیش از اندازه بلند است ({count} نویسه؛ حداکثر {limit}).</translation>
    </message>
    <message>
        <source>Give the city a name.</source>
        <translation>نام شهر را بدهید.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. AR for Argentina.</source>
        <translation>کد دوحرفی کشور را به کار ببرید، مثلاً AR برای آرژانتین.</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone name. Use an IANA name such as America/Argentina/Buenos_Aires or Asia/Tehran.</source>
        <translation>«{zone}» نام منطقه زمانی نیست. نامی از IANA مانند America/Argentina/Buenos_Aires یا Asia/Tehran به کار ببرید.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>هم عرض و هم طول جغرافیایی را بدهید، یا هیچ‌کدام را.</translation>
    </message>
    <message>
        <source>Latitude runs from -90 to 90.</source>
        <translation>عرض جغرافیایی از -90 تا 90 است.</translation>
    </message>
    <message>
        <source>Longitude runs from -180 to 180.</source>
        <translation>طول جغرافیایی از -180 تا 180 است.</translation>
    </message>
    <message>
        <source>Population cannot be negative.</source>
        <translation>جمعیت نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Give at least a family name or a given name.</source>
        <translation>دست‌کم نام خانوادگی یا نام کوچک را بدهید.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address.</source>
        <translation>«{email}» به نشانی رایانامه نمی‌ماند.</translation>
    </message>
    <message>
        <source>Precedence rank runs from 1 (highest) to 9999.</source>
        <translation>رتبه تقدم از ۱ (بالاترین) تا ۹۹۹۹ است.</translation>
    </message>
    <message>
        <source>Use two- or three-letter language codes (fa, es, ja, en, ru): not {codes}.</source>
        <translation>کدهای دو یا سه‌حرفی زبان (fa، es، ja، en، ru) را به کار ببرید، نه {codes}.</translation>
    </message>
    <message>
        <source>Give the delegation a title, e.g. “Mayor of Tehran to Buenos Aires”.</source>
        <translation>عنوانی برای هیئت بدهید، مثلاً «سفر شهردار تهران به بوئنوس آیرس».</translation>
    </message>
    <message>
        <source>Choose the city the delegation comes from.</source>
        <translation>شهر مبدأ هیئت را برگزینید.</translation>
    </message>
    <message>
        <source>The delegation cannot end before it starts.</source>
        <translation>پایان هیئت نمی‌تواند پیش از آغاز آن باشد.</translation>
    </message>
    <message>
        <source>A delegation lasts at most a year; check the dates.</source>
        <translation>سفر هیئت حداکثر یک سال است؛ تاریخ‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>The home city cannot also be a destination.</source>
        <translation>شهر مبدأ نمی‌تواند مقصد نیز باشد.</translation>
    </message>
    <message>
        <source>Each destination once, please.</source>
        <translation>لطفاً هر مقصد تنها یک بار.</translation>
    </message>
    <message>
        <source>Give the item a title, e.g. “Meeting with the Jefe de Gobierno”.</source>
        <translation>عنوانی برای مورد بدهید، مثلاً «دیدار با رئیس دولت شهر».</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone name, e.g. Asia/Tehran.</source>
        <translation>«{zone}» نام منطقه زمانی نیست؛ مانند Asia/Tehran.</translation>
    </message>
    <message>
        <source>Times must say which time zone they are in.</source>
        <translation>زمان‌ها باید منطقه زمانی خود را داشته باشند.</translation>
    </message>
    <message>
        <source>The item must end after it starts (compare both in their zones).</source>
        <translation>مورد باید پس از آغاز پایان یابد (هر دو را در منطقه زمانی خودشان مقایسه کنید).</translation>
    </message>
    <message>
        <source>An item lasts at most a month; check the dates.</source>
        <translation>هر مورد حداکثر یک ماه است؛ تاریخ‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Choose who from the delegation takes part.</source>
        <translation>برگزینید چه کسانی از هیئت شرکت می‌کنند.</translation>
    </message>
    <message>
        <source>Latitude runs from -90 to 90 and longitude from -180 to 180.</source>
        <translation>عرض جغرافیایی از -90 تا 90 و طول جغرافیایی از -180 تا 180 است.</translation>
    </message>
    <message>
        <source>Give the summit a title, e.g. “U20 Mayors Summit 2027”.</source>
        <translation>عنوانی برای اجلاس بدهید، مثلاً «اجلاس شهرداران U20 ۲۰۲۷».</translation>
    </message>
    <message>
        <source>Choose the host city.</source>
        <translation>شهر میزبان را برگزینید.</translation>
    </message>
    <message>
        <source>The summit cannot end before it starts.</source>
        <translation>پایان اجلاس نمی‌تواند پیش از آغاز آن باشد.</translation>
    </message>
    <message>
        <source>Give the session a title, e.g. “Mayors&apos; plenary”.</source>
        <translation>عنوانی برای نشست بدهید، مثلاً «نشست عمومی شهرداران».</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>نشست باید پس از آغاز پایان یابد.</translation>
    </message>
    <message>
        <source>A session lasts at most a day; check the times.</source>
        <translation>هر نشست حداکثر یک روز است؛ زمان‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>Describe the gift, e.g. “Persian silk carpet, 70 × 110 cm”.</source>
        <translation>هدیه را شرح دهید، مثلاً «فرش ابریشم ایرانی، ۷۰ × ۱۱۰ سانتی‌متر».</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. EUR, USD, IRR.</source>
        <translation>کد سه‌حرفی ارز را به کار ببرید، مثلاً EUR، USD، IRR.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>ارزش نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Give the currency of the value.</source>
        <translation>ارز این ارزش را بدهید.</translation>
    </message>
    <message>
        <source>Check the date.</source>
        <translation>تاریخ را بررسی کنید.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name, e.g. “C40 Cities”.</source>
        <translation>نام سازمان را بدهید، مثلاً «C40 Cities».</translation>
    </message>
    <message>
        <source>A web address starts with https://</source>
        <translation>نشانی وب با https:// آغاز می‌شود</translation>
    </message>
    <message>
        <source>Choose the partner city.</source>
        <translation>شهر طرف پیمان را برگزینید.</translation>
    </message>
    <message>
        <source>A city cannot partner with itself.</source>
        <translation>شهر نمی‌تواند با خودش پیمان ببندد.</translation>
    </message>
    <message>
        <source>It cannot expire before it was signed.</source>
        <translation>انقضای آن نمی‌تواند پیش از امضا باشد.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>توجیه</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>محورهای گفتگو</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>شمارهٔ رزرو</translation>
    </message>
    <message>
        <source>Dress code</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شرکت حمل‌ونقل</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>شمارهٔ سرویس</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>طرف‌های مقابل</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>مترجمان</translation>
    </message>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (تمام روز)</translation>
    </message>
    <message>
        <source>{first}–{last} (all day)</source>
        <translation>{first} تا {last} (تمام روز)</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} {place}{offset}</source>
        <translation>{day}، ساعت {start} تا {end} {place}{offset}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end_day}, {end} {place}{offset}</source>
        <translation>{day}، ساعت {start} تا {end_day}، ساعت {end} {place}{offset}</translation>
    </message>
    <message>
        <source>{day}, {start} {place}{offset} – {end_day}, {end} {end_place}</source>
        <translation>{day}، ساعت {start} {place}{offset} تا {end_day}، ساعت {end} {end_place}</translation>
    </message>
    <message>
        <source>{was} → {now}</source>
        <translation>{was} ← {now}</translation>
    </message>
    <message>
        <source>one day later</source>
        <translation>یک روز بعد</translation>
    </message>
    <message>
        <source>{n} days later</source>
        <translation>{n} روز بعد</translation>
    </message>
    <message>
        <source>one day earlier</source>
        <translation>یک روز زودتر</translation>
    </message>
    <message>
        <source>{n} days earlier</source>
        <translation>{n} روز زودتر</translation>
    </message>
    <message>
        <source>{was} → {now} ({shift})</source>
        <translation>{was} ← {now} ({shift})</translation>
    </message>
    <message>
        <source>{label} (internal)</source>
        <translation>{label} (داخلی)</translation>
    </message>
    <message>
        <source>{label} added: “{text}”</source>
        <translation>{label} افزوده شد: «{text}»</translation>
    </message>
    <message>
        <source>{label} removed (was “{text}”)</source>
        <translation>{label} حذف شد (پیشتر: «{text}»)</translation>
    </message>
    <message>
        <source>{label}: “{was}” → “{now}”</source>
        <translation>{label}: «{was}» ← «{now}»</translation>
    </message>
    <message>
        <source>{label} added: {names}</source>
        <translation>افزوده به {label}: {names}</translation>
    </message>
    <message>
        <source>{label} dropped: {names}</source>
        <translation>حذف از {label}: {names}</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>مکانی تعیین نشده</translation>
    </message>
    <message>
        <source>Was {span}</source>
        <translation>پیشتر: {span}</translation>
    </message>
    <message>
        <source>Back on the programme: {span}</source>
        <translation>دوباره در برنامه: {span}</translation>
    </message>
    <message>
        <source>Kind: {was} → {now}</source>
        <translation>نوع: {was} ← {now}</translation>
    </message>
    <message>
        <source>The stored version cannot be read ({where}: {problem}).</source>
        <translation>نسخهٔ نگه‌داشته‌شده خوانده نمی‌شود ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The stored version has no schema number; it cannot be read.</source>
        <translation>نسخه نگه‌داشته‌شده شماره طرح ندارد؛ خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>This version was issued by a newer delegate_app; update delegate_app to read it.</source>
        <translation>این نسخه را delegate_app تازه‌تری صادر کرده است؛ برای خواندن آن delegate_app را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The stored version is damaged and cannot be read.</source>
        <translation>نسخه نگه‌داشته‌شده آسیب دیده است و خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>{where} holds a value over {limit:,} characters; values that long are refused.</source>
        <translation>{where} مقداری بیش از {limit:,} نویسه دارد؛ مقدارهایی به این درازا پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>The {kind} file has more than {limit:,} rows; split it and import the parts.</source>
        <translation>پرونده {kind} بیش از {limit:,} ردیف دارد؛ آن را بخش کنید و بخش‌ها را درون‌بری کنید.</translation>
    </message>
    <message>
        <source>Row {row:,} of the {kind} file has values beyond its first {limit:,} columns; contacts tables that wide are refused.</source>
        <translation>ردیف {row:,} پرونده {kind} مقدارهایی فراتر از {limit:,} ستون نخست دارد؛ جدول‌های مخاطبان به این پهنا پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>Row {row:,} of the {kind} file</source>
        <translation>ردیف {row:,} پرونده {kind}</translation>
    </message>
    <message>
        <source>The {kind} file is empty.</source>
        <translation>پرونده {kind} خالی است.</translation>
    </message>
    <message>
        <source>The {kind} file has no name columns: the first row should hold headings such as given_name and family_name (or First name, Last name).</source>
        <translation>پرونده {kind} ستون نام ندارد: ردیف نخست باید سرستون‌هایی مانند given_name و family_name (یا First name و Last name) داشته باشد.</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>ردیف {n}</translation>
    </message>
    <message>
        <source>Line {line:,} of the CSV file</source>
        <translation>خط {line:,} پرونده CSV</translation>
    </message>
    <message>
        <source>The CSV file is damaged at line {line:,} ({reason}); save it again from the spreadsheet.</source>
        <translation>پرونده CSV در خط {line:,} آسیب دیده است ({reason})؛ آن را دوباره از صفحه‌گسترده ذخیره کنید.</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file</source>
        <translation>کارت {card:,} پرونده vCard</translation>
    </message>
    <message>
        <source>card {n}</source>
        <translation>کارت {n}</translation>
    </message>
    <message>
        <source>The vCard file is damaged and cannot be read ({reason}).</source>
        <translation>پرونده vCard آسیب دیده است و خوانده نمی‌شود ({reason}).</translation>
    </message>
    <message>
        <source>The vCard file holds no cards.</source>
        <translation>پرونده vCard هیچ کارتی ندارد.</translation>
    </message>
    <message>
        <source>The file is over {size} MB; split it and import the parts.</source>
        <translation>پرونده بیش از {size} مگابایت است؛ آن را بخش کنید و بخش‌ها را درون‌بری کنید.</translation>
    </message>
    <message>
        <source>Contacts are imported from .csv, .xlsx or .vcf files.</source>
        <translation>مخاطبان از پرونده‌های .csv، .xlsx یا .vcf درون‌بری می‌شوند.</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>زمان آغاز</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>زمان پایان</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is neither defined in the file nor a known zone</source>
        <translation>منطقه زمانی آن، «{zone}»، نه در پرونده تعریف شده و نه منطقه‌ای شناخته‌شده است</translation>
    </message>
    <message>
        <source>its {what} ({name}) cannot be read</source>
        <translation>{what} آن ({name}) خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>its duration (DURATION) cannot be read</source>
        <translation>مدت آن (DURATION) خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>{label} has no end time; it was given one hour.</source>
        <translation>{label} زمان پایان ندارد؛ یک ساعت برایش در نظر گرفته شد.</translation>
    </message>
    <message>
        <source>its dates are outside the years {first}–{last}</source>
        <translation>تاریخ‌های آن بیرون از سال‌های {first} تا {last} است</translation>
    </message>
    <message>
        <source>its identifier (UID) is longer than {limit} characters (the limit)</source>
        <translation>شناسه آن (UID) بیش از {limit} نویسه (حد مجاز) است</translation>
    </message>
    <message>
        <source>it has no start time (DTSTART)</source>
        <translation>زمان آغاز (DTSTART) ندارد</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>پیش از آغاز پایان می‌یابد</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>“{summary}” was not imported: {reason}.</source>
        <translation>«{summary}» درون‌بری نشد: {reason}.</translation>
    </message>
    <message>
        <source>{expanded} recurring event(s) gave {count} occurrence(s); those outside the delegation&apos;s dates are listed apart.</source>
        <translation>{expanded} رویداد تکرارشونده {count} تکرار پدید آورد؛ آن‌هایی که بیرون از تاریخ‌های هیئت‌اند جداگانه فهرست شده‌اند.</translation>
    </message>
    <message>
        <source>Reading this calendar took longer than {limit:g} seconds (the limit); nothing was imported. Import a file with fewer repeating events.</source>
        <translation>خواندن این تقویم بیش از {limit:g} ثانیه (حد مجاز) طول کشید؛ چیزی درون‌بری نشد. پرونده‌ای با رویدادهای تکرارشونده کمتر درون‌بری کنید.</translation>
    </message>
    <message>
        <source>The UID {uid} appears {count} times; the latest version was kept.</source>
        <translation>شناسه {uid} {count} بار آمده است؛ تازه‌ترین نسخه نگه داشته شد.</translation>
    </message>
    <message>
        <source>The calendar file could not be read (an unexpected problem: {reason}); nothing was imported.</source>
        <translation>پرونده تقویم خوانده نشد (مشکلی پیش‌بینی‌نشده: {reason})؛ چیزی درون‌بری نشد.</translation>
    </message>
    <message>
        <source>The calendar holds no events.</source>
        <translation>تقویم هیچ رویدادی ندارد.</translation>
    </message>
    <message>
        <source>The calendar would give more than {limit:,} events and occurrences (the limit for one import); export a shorter period and try again.</source>
        <translation>این تقویم بیش از {limit:,} رویداد و تکرار پدید می‌آورد (حد یک درون‌بری)؛ دوره کوتاه‌تری را برون‌بری کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>its start time (DTSTART) cannot be read</source>
        <translation>زمان آغاز آن (DTSTART) خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>its repetition rule (RRULE) cannot be read</source>
        <translation>قاعده تکرار آن (RRULE) خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>its repetition rule could not be worked out within {limit:g} seconds (the limit)</source>
        <translation>قاعده تکرار آن در {limit:g} ثانیه (حد مجاز) محاسبه نشد</translation>
    </message>
    <message>
        <source>its repetition rule cannot be read</source>
        <translation>قاعده تکرار آن خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>it repeats more than {cap:,} times (the limit for one repeating event); import a shorter series</source>
        <translation>بیش از {cap:,} بار تکرار می‌شود (حد یک رویداد تکرارشونده)؛ دنباله کوتاه‌تری درون‌بری کنید</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte {byte}); it was read as Windows-1252 — check accented names.</source>
        <translation>پرونده UTF-8 معتبر نیست (بایت {byte})؛ به‌صورت Windows-1252 خوانده شد — نام‌های دارای نشانه‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>The file&apos;s time zone “{zone}” changes its offset more often than once a year, which no real time zone does; the file was not imported.</source>
        <translation>منطقه زمانی پرونده، «{zone}»، بیش از سالی یک بار اختلاف ساعتش را تغییر می‌دهد، کاری که هیچ منطقه زمانی واقعی نمی‌کند؛ پرونده درون‌بری نشد.</translation>
    </message>
    <message>
        <source>The file is {size} MB; calendars over {limit} MB are refused. Export a shorter period and try again.</source>
        <translation>پرونده {size} مگابایت است؛ تقویم‌های بیش از {limit} مگابایت پذیرفته نمی‌شوند. دوره کوتاه‌تری را برون‌بری کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (no BEGIN:VCALENDAR).</source>
        <translation>این پرونده iCalendar نیست (BEGIN:VCALENDAR ندارد).</translation>
    </message>
    <message>
        <source>The calendar file was not imported: {problem}</source>
        <translation>پرونده تقویم درون‌بری نشد: {problem}</translation>
    </message>
    <message>
        <source>The calendar file is damaged and cannot be read ({reason}).</source>
        <translation>پرونده تقویم آسیب دیده است و خوانده نمی‌شود ({reason}).</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (no VCALENDAR).</source>
        <translation>این پرونده iCalendar نیست (VCALENDAR ندارد).</translation>
    </message>
    <message>
        <source>its time zone “{zone}” could not be worked out within {limit:g} seconds (the limit)</source>
        <translation>منطقه زمانی آن، «{zone}»، در {limit:g} ثانیه (حد مجاز) محاسبه نشد</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is defined in a way that cannot be read</source>
        <translation>منطقه زمانی آن، «{zone}»، به شیوه‌ای ناخوانا تعریف شده است</translation>
    </message>
    <message>
        <source>Some times carry no time zone; they were read as {zone} time.</source>
        <translation>برخی زمان‌ها منطقه زمانی ندارند؛ به وقت {zone} خوانده شدند.</translation>
    </message>
    <message>
        <source>The file&apos;s time zone “{label}” was read as {zone} (the same UTC offsets on these dates).</source>
        <translation>منطقه زمانی پرونده، «{label}»، به‌عنوان {zone} خوانده شد (همان اختلاف با UTC در این تاریخ‌ها).</translation>
    </message>
    <message>
        <source>The file&apos;s time zone “{label}” was read as {zone}, a fixed offset of {offset}.</source>
        <translation>منطقه زمانی پرونده، «{label}»، به‌عنوان {zone} با اختلاف ثابت {offset} خوانده شد.</translation>
    </message>
    <message>
        <source>The file&apos;s time zone “{label}” matches no known time zone; its times were kept exactly and are shown in {zone} time.</source>
        <translation>منطقه زمانی پرونده، «{label}»، با هیچ منطقه زمانی شناخته‌شده‌ای جور نیست؛ زمان‌هایش دقیقاً نگه داشته شد و به وقت {zone} نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>The image is {width:,} × {height:,} pixels; images over {limit} million pixels are refused.</source>
        <translation>تصویر {width:,} × {height:,} پیکسل است؛ تصویرهای بیش از {limit} میلیون پیکسل پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>The image has more pixels than it could ever need; images over {limit} million pixels are refused.</source>
        <translation>تصویر بیش از هر نیازی پیکسل دارد؛ تصویرهای بیش از {limit} میلیون پیکسل پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>This file is not an image that can be read (use JPEG or PNG).</source>
        <translation>این پرونده تصویری خواندنی نیست (JPEG یا PNG به کار ببرید).</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file carries a {what} over {size} MB; it is refused.</source>
        <translation>کارت {card:,} پرونده vCard یک {what} بیش از {size} مگابایت دارد؛ پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file has a {what} over {limit:,} characters; it is refused.</source>
        <translation>کارت {card:,} پرونده vCard یک {what} بیش از {limit:,} نویسه دارد؛ پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file has more than {limit:,} lines; it is refused.</source>
        <translation>کارت {card:,} پروندهٔ vCard بیش از {limit:,} سطر دارد؛ پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>The vCard file holds more than {limit:,} cards; split it and import the parts.</source>
        <translation>پرونده vCard بیش از {limit:,} کارت دارد؛ آن را بخش کنید و بخش‌ها را درون‌بری کنید.</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file has cards nested more than {limit} deep; it is refused.</source>
        <translation>کارت {card:,} پرونده vCard کارت‌هایی با تودرتویی بیش از {limit} لایه دارد؛ پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>The Excel file is damaged and cannot be read; open it in Excel and save it again.</source>
        <translation>پروندهٔ Excel آسیب دیده است و خوانده نمی‌شود؛ آن را در Excel باز کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>The Excel file holds {parts:,} parts; workbooks over {limit:,} parts are refused.</source>
        <translation>پرونده Excel {parts:,} بخش دارد؛ کارپوشه‌های بیش از {limit:,} بخش پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>A part of the Excel file ({part}) unpacks to {size}; parts over {limit} unpacked, or packed more than {ratio} times, are refused.</source>
        <translation>بخشی از پرونده Excel ({part}) پس از گشودن {size} می‌شود؛ بخش‌های بیش از {limit} پس از گشودن، یا فشرده‌شده بیش از {ratio} برابر، پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>The Excel file unpacks to {size}; workbooks over {limit} unpacked are refused.</source>
        <translation>پرونده Excel پس از گشودن {size} می‌شود؛ کارپوشه‌های بیش از {limit} پس از گشودن پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>The Excel file carries an XML document type declaration, which workbooks never need; it is refused.</source>
        <translation>پرونده Excel یک اعلان نوع سند XML دارد که کارپوشه‌ها هرگز به آن نیاز ندارند؛ پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>Row {row:,} of the Excel file has {cells:,} cells; rows over {limit:,} cells are refused.</source>
        <translation>ردیف {row:,} پرونده Excel {cells:,} خانه دارد؛ ردیف‌های بیش از {limit:,} خانه پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>The Excel file has more than {limit:,} rows (one reaches row {row:,}); split it and import the parts.</source>
        <translation>پرونده Excel بیش از {limit:,} ردیف دارد (یکی به ردیف {row:,} می‌رسد)؛ آن را بخش کنید و بخش‌ها را درون‌بری کنید.</translation>
    </message>
    <message>
        <source>The Excel file has values beyond its first {limit:,} columns (row {row:,}); contacts tables that wide are refused.</source>
        <translation>پرونده Excel مقدارهایی فراتر از {limit:,} ستون نخست دارد (ردیف {row:,})؛ جدول‌های مخاطبان به این پهنا پذیرفته نمی‌شوند.</translation>
    </message>
    <message>
        <source>Row {row:,} of the Excel file has more than {limit:,} cells; it is refused.</source>
        <translation>ردیف {row:,} پرونده Excel بیش از {limit:,} خانه دارد؛ پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>این کارپوشه Excel (.xlsx) خواندنی نیست.</translation>
    </message>
    <message>
        <source>The Excel file has no sheet to read.</source>
        <translation>پرونده Excel برگه‌ای برای خواندن ندارد.</translation>
    </message>
    <message>
        <source>There is no delegation {number}.</source>
        <translation>هیئت شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>Person {number} is not a member of “{title}”.</source>
        <translation>شخص شماره {number} عضو «{title}» نیست.</translation>
    </message>
    <message>
        <source>There is no summit {number}.</source>
        <translation>اجلاس شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>“{name}” has no items to export; no file was written.</source>
        <translation>«{name}» موردی برای برون‌بری ندارد؛ پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <source>There is already a city called {name} in {country}.</source>
        <translation>شهری به نام {name} در {country} از پیش ثبت شده است.</translation>
    </message>
    <message>
        <source>There is no person number {number}.</source>
        <translation>شخص شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>owned by {name}</source>
        <translation>به مسئولیت {name}</translation>
    </message>
    <message>
        <source>There is no city number {number}.</source>
        <translation>شهر شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>with {city}</source>
        <translation>با {city}</translation>
    </message>
    <message>
        <source>on file</source>
        <translation>ثبت‌شده</translation>
    </message>
    <message>
        <source>Choose one of: {formats}.</source>
        <translation>یکی از این‌ها را برگزینید: {formats}.</translation>
    </message>
    <message>
        <source>No commitments {selection}: nothing to export, and no file was written.</source>
        <translation>هیچ تعهدی {selection} نیست: چیزی برای برون‌بری نیست و پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>دوره ({end}) پیش از آغازش ({start}) پایان می‌یابد.</translation>
    </message>
    <message>
        <source>There is no city {number}.</source>
        <translation>شهر شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>That record no longer exists; choose again.</source>
        <translation>آن سابقه دیگر وجود ندارد؛ دوباره برگزینید.</translation>
    </message>
    <message>
        <source>This commitment no longer exists; someone may have deleted it.</source>
        <translation>این تعهد دیگر وجود ندارد؛ شاید کسی آن را حذف کرده باشد.</translation>
    </message>
    <message>
        <source>That document is no longer on file.</source>
        <translation>آن سند دیگر در بایگانی نیست.</translation>
    </message>
    <message>
        <source>No document is attached to this commitment.</source>
        <translation>سندی به این تعهد پیوست نشده است.</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>این موافقت‌نامه دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Only an agreement whose commitments are all done can be marked fulfilled ({done} of {count} done).</source>
        <translation>تنها موافقت‌نامه‌ای که همه تعهداتش انجام شده است می‌تواند اجراشده علامت بخورد ({done} از {count} انجام شده).</translation>
    </message>
    <message>
        <source>precedence rank &apos;{rank}&apos; is not a number</source>
        <translation>رتبه تقدم «{rank}» عدد نیست</translation>
    </message>
    <message>
        <source>{where}: {label} “{name}” is not on file; left empty.</source>
        <translation>{where}: {label} «{name}» ثبت نشده است؛ خالی ماند.</translation>
    </message>
    <message>
        <source>{where}: the same person appears earlier in the file.</source>
        <translation>{where}: همین شخص پیش‌تر در پرونده آمده است.</translation>
    </message>
    <message>
        <source>{name} ({where}) is now on file</source>
        <translation>{name} ({where}) اکنون ثبت شده است</translation>
    </message>
    <message>
        <source>the person of {where} was deleted</source>
        <translation>شخص {where} حذف شد</translation>
    </message>
    <message>
        <source>{name} ({where}) was changed at {when}</source>
        <translation>{name} ({where}) در {when} تغییر کرد</translation>
    </message>
    <message>
        <source>Someone else saved these people after your preview: {shown}. Nothing was imported; preview the file again.</source>
        <translation>شخص دیگری پس از پیش‌نمایش شما این افراد را ذخیره کرد: {shown}. چیزی درون‌بری نشد؛ دوباره از پرونده پیش‌نمایش بگیرید.</translation>
    </message>
    <message>
        <source>Another {label} now has the number {number}; cannot restore.</source>
        <translation>اکنون {label} دیگری شماره {number} را دارد؛ بازیابی ممکن نیست.</translation>
    </message>
    <message>
        <source>This {label} no longer exists.</source>
        <translation>این {label} دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>--db needs a database file path or a database address.</source>
        <translation>--db مسیر پرونده پایگاه داده یا نشانی پایگاه داده می‌خواهد.</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is neither a file path nor a database address such as postgresql://user@host/name.</source>
        <translation>«{given}» نه مسیر پرونده است و نه نشانی پایگاه داده‌ای مانند postgresql://user@host/name.</translation>
    </message>
    <message>
        <source>An in-memory database would be lost when the program ends; give a file path instead.</source>
        <translation>پایگاه داده درون حافظه با پایان برنامه از دست می‌رود؛ به جای آن مسیر پرونده‌ای بدهید.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or create one with `delegate-app demo` or by opening the app.</source>
        <translation>در {path} پایگاه داده‌ای نیست. مسیر را بررسی کنید، یا با `delegate-app demo` یا با باز کردن برنامه یکی بسازید.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder} ({reason}).</source>
        <translation>پوشه داده‌ها، {folder}، ساخته نشد ({reason}).</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read {names}{more}; now only you can.</source>
        <translation>دیگر حساب‌های این رایانه می‌توانستند {names}{more} را بخوانند؛ اکنون فقط شما می‌توانید.</translation>
    </message>
    <message>
        <source>{database} cannot be opened: the database server does not answer. Check the address, and that the server is running and reachable.</source>
        <translation>{database} باز نمی‌شود: سرور پایگاه داده پاسخ نمی‌دهد. نشانی را بررسی کنید و اینکه سرور روشن و در دسترس باشد.</translation>
    </message>
    <message>
        <source>{database} cannot be opened as a delegate_app database ({reason}).</source>
        <translation>{database} به‌عنوان پایگاه داده delegate_app باز نمی‌شود ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a database address: {reason}</source>
        <translation>«{given}» نشانی پایگاه داده نیست: {reason}</translation>
    </message>
    <message>
        <source> Install delegate-app[postgres] for PostgreSQL.</source>
        <translation> برای PostgreSQL، delegate-app[postgres] را نصب کنید.</translation>
    </message>
    <message>
        <source> delegate_app works with SQLite files and PostgreSQL.</source>
        <translation> delegate_app با پرونده‌های SQLite و PostgreSQL کار می‌کند.</translation>
    </message>
    <message>
        <source>The driver for {database} is not installed ({driver}).{hint}</source>
        <translation>راه‌انداز {database} نصب نیست ({driver}).{hint}</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>پایگاه داده باز نیست.</translation>
    </message>
    <message>
        <source>That city no longer exists; pick another.</source>
        <translation>آن شهر دیگر وجود ندارد؛ شهر دیگری برگزینید.</translation>
    </message>
    <message>
        <source>A destination no longer exists; pick again.</source>
        <translation>یکی از مقصدها دیگر وجود ندارد؛ دوباره برگزینید.</translation>
    </message>
    <message>
        <source>That summit no longer exists.</source>
        <translation>آن اجلاس دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Each person can be listed once.</source>
        <translation>هر شخص تنها یک بار می‌تواند در فهرست بیاید.</translation>
    </message>
    <message>
        <source>Someone on the list no longer exists.</source>
        <translation>یکی از افراد فهرست دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This delegation no longer exists.</source>
        <translation>این هیئت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The paper size is a4 or letter, not “{paper}”.</source>
        <translation>اندازه کاغذ a4 یا letter است، نه «{paper}».</translation>
    </message>
    <message>
        <source>There is no image file {path}.</source>
        <translation>پرونده تصویر {path} وجود ندارد.</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image under 10 MB.</source>
        <translation>{file} تصویر PNG یا JPEG کمتر از ۱۰ مگابایت نیست.</translation>
    </message>
    <message>
        <source>{file} cannot be read as an image.</source>
        <translation>{file} به‌عنوان تصویر خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>signed agreement</source>
        <translation>موافقت‌نامه امضاشده</translation>
    </message>
    <message>
        <source>signed agreements</source>
        <translation>موافقت‌نامه امضاشده</translation>
    </message>
    <message>
        <source>delegation visiting it</source>
        <translation>هیئت اعزامی به آن</translation>
    </message>
    <message>
        <source>delegations visiting it</source>
        <translation>هیئت اعزامی به آن</translation>
    </message>
    <message>
        <source>delegation membership</source>
        <translation>عضویت در هیئت</translation>
    </message>
    <message>
        <source>delegation memberships</source>
        <translation>عضویت در هیئت</translation>
    </message>
    <message>
        <source>itinerary items</source>
        <translation>مورد برنامه سفر</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>دیدار</translation>
    </message>
    <message>
        <source>interpreting assignment</source>
        <translation>مأموریت ترجمه شفاهی</translation>
    </message>
    <message>
        <source>interpreting assignments</source>
        <translation>مأموریت ترجمه شفاهی</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>عضویت</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <source>change of office</source>
        <translation>تغییر سمت</translation>
    </message>
    <message>
        <source>import of contacts</source>
        <translation>درون‌بری مخاطبان</translation>
    </message>
    <message>
        <source>change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>زمانی نامعلوم</translation>
    </message>
    <message>
        <source>This {label}{name} was changed by {who} at {when}, after you opened it. Your change was not saved: reopen it to see the latest version.</source>
        <translation>این {label}{name} را {who} در {when}، پس از آنکه شما آن را گشودید، تغییر داده است. تغییر شما ذخیره نشد: آن را دوباره باز کنید تا تازه‌ترین نسخه را ببینید.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>شخص دیگری</translation>
    </message>
    <message>
        <source>This {label} no longer exists; someone may have deleted it.</source>
        <translation>این {label} دیگر وجود ندارد؛ شاید کسی آن را حذف کرده باشد.</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} و {last}</translation>
    </message>
    <message>
        <source>{name} is still used by {uses}, so it cannot be deleted. Remove those links first.</source>
        <translation>{name} هنوز در {uses} به کار رفته است و نمی‌توان آن را حذف کرد. نخست آن پیوندها را بردارید.</translation>
    </message>
    <message>
        <source>This {label} was changed by someone else while you were editing it. Your change was not saved: reopen it to see the latest version.</source>
        <translation>این {label} را هنگامی که شما ویرایشش می‌کردید شخص دیگری تغییر داد. تغییر شما ذخیره نشد: آن را دوباره باز کنید تا تازه‌ترین نسخه را ببینید.</translation>
    </message>
    <message>
        <source>that person is already on the delegation&apos;s list</source>
        <translation>این شخص از پیش در فهرست هیئت هست</translation>
    </message>
    <message>
        <source>the meeting&apos;s outcome was recorded by someone else at the same moment</source>
        <translation>نتیجه دیدار در همان لحظه به دست شخص دیگری ثبت شد</translation>
    </message>
    <message>
        <source>that person is already on file</source>
        <translation>این شخص از پیش ثبت شده است</translation>
    </message>
    <message>
        <source>a city of that name is already on file in that country</source>
        <translation>شهری به این نام در آن کشور از پیش ثبت شده است</translation>
    </message>
    <message>
        <source>an organisation of that name is already on file</source>
        <translation>سازمانی به این نام از پیش ثبت شده است</translation>
    </message>
    <message>
        <source>a theme of that name is already on file</source>
        <translation>موضوعی به این نام از پیش ثبت شده است</translation>
    </message>
    <message>
        <source>that item is already in the itinerary</source>
        <translation>این مورد از پیش در برنامه سفر هست</translation>
    </message>
    <message>
        <source>that commitment is already on file</source>
        <translation>این تعهد از پیش ثبت شده است</translation>
    </message>
    <message>
        <source> The details are in the log file {path}.</source>
        <translation> جزئیات در پرونده گزارش {path} آمده است.</translation>
    </message>
    <message>
        <source>another record already has the same name</source>
        <translation>سابقه دیگری از پیش همین نام را دارد</translation>
    </message>
    <message>
        <source>The {label} was not saved: {words}. Nothing was changed; reopen it to see the latest version and try again.</source>
        <translation>{label} ذخیره نشد: {words}. چیزی تغییر نکرد؛ آن را دوباره باز کنید تا تازه‌ترین نسخه را ببینید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>The {label} was not saved: it points at a record someone else deleted, or a record it uses is still needed. Nothing was changed; reopen it and try again.</source>
        <translation>{label} ذخیره نشد: به سابقه‌ای اشاره می‌کند که شخص دیگری حذف کرده، یا سابقه‌ای که به کار می‌برد هنوز لازم است. چیزی تغییر نکرد؛ آن را دوباره باز کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>The {label} was not saved: a value is outside what the database accepts. Nothing was changed.{logged}</source>
        <translation>{label} ذخیره نشد: مقداری بیرون از حدی است که پایگاه داده می‌پذیرد. چیزی تغییر نکرد.{logged}</translation>
    </message>
    <message>
        <source>The database was busy with another save for too long; the {label} was not saved. Try again in a moment.</source>
        <translation>پایگاه داده بیش از اندازه سرگرم ذخیره دیگری بود؛ {label} ذخیره نشد. لحظه‌ای دیگر دوباره بکوشید.</translation>
    </message>
    <message>
        <source>The {label} was not saved: a value is too long or out of range for the database. Nothing was changed.{logged}</source>
        <translation>{label} ذخیره نشد: مقداری برای پایگاه داده بیش از اندازه بلند یا بیرون از محدوده است. چیزی تغییر نکرد.{logged}</translation>
    </message>
    <message>
        <source>The database could not be reached, so the {label} was not saved. Try again; if it keeps happening, ask whoever looks after the database.{logged}</source>
        <translation>دسترسی به پایگاه داده ممکن نشد، از این رو {label} ذخیره نشد. دوباره بکوشید؛ اگر تکرار شد، از مسئول پایگاه داده یاری بخواهید.{logged}</translation>
    </message>
    <message>
        <source>The database refused the {label}; nothing was changed.{logged}</source>
        <translation>پایگاه داده {label} را نپذیرفت؛ چیزی تغییر نکرد.{logged}</translation>
    </message>
    <message>
        <source>There was not enough memory to finish; nothing more was done. Close other programs, or split the file, and try again.</source>
        <translation>حافظه برای پایان کار بس نبود؛ کار دیگری انجام نشد. برنامه‌های دیگر را ببندید یا پرونده را بخش کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <source>The database could not be used; nothing was changed.{logged}</source>
        <translation>پایگاه داده به کار گرفته نشد؛ چیزی تغییر نکرد.{logged}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}); nothing more was done.{logged}</source>
        <translation>خطایی پیش‌بینی‌نشده رخ داد ({kind})؛ کار دیگری انجام نشد.{logged}</translation>
    </message>
    <message>
        <source>opened {name}</source>
        <translation>{name} را باز کرد</translation>
    </message>
    <message>
        <source>started on {name}</source>
        <translation>کار روی {name} را آغاز کرد</translation>
    </message>
    <message>
        <source>marked done {name}</source>
        <translation>{name} را انجام‌شده علامت زد</translation>
    </message>
    <message>
        <source>dropped {name}</source>
        <translation>{name} را کنار گذاشت</translation>
    </message>
    <message>
        <source>{kind} #{number} (since deleted)</source>
        <translation>{kind} شماره {number} (از آن پس حذف‌شده)</translation>
    </message>
    <message>
        <source>a document of {size} KB</source>
        <translation>سندی {size} کیلوبایتی</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>یک {kind}</translation>
    </message>
    <message>
        <source>moved {name} from {before} to {after} ({day}, {place})</source>
        <translation>{name} را از {before} به {after} منتقل کرد ({day}، {place})</translation>
    </message>
    <message>
        <source>moved {name} from {before} to {after} ({place})</source>
        <translation>{name} را از {before} به {after} منتقل کرد ({place})</translation>
    </message>
    <message>
        <source>reopened {name}</source>
        <translation>{name} را بازگشایی کرد</translation>
    </message>
    <message>
        <source>changed {name}</source>
        <translation>{name} را تغییر داد</translation>
    </message>
    <message>
        <source>cancelled {name}</source>
        <translation>{name} را لغو کرد</translation>
    </message>
    <message>
        <source>reinstated {name} as {status}</source>
        <translation>{name} را با وضعیت «{status}» بازگرداند</translation>
    </message>
    <message>
        <source>marked {name} as {status}</source>
        <translation>{name} را «{status}» علامت زد</translation>
    </message>
    <message>
        <source>the {field} of {name}</source>
        <translation>{field} {name}</translation>
    </message>
    <message>
        <source>added {added} to {what} and took {gone} off</source>
        <translation>{added} را به {what} افزود و {gone} را برداشت</translation>
    </message>
    <message>
        <source>added {added} to {what}</source>
        <translation>{added} را به {what} افزود</translation>
    </message>
    <message>
        <source>took {gone} off {what}</source>
        <translation>{gone} را از {what} برداشت</translation>
    </message>
    <message>
        <source>changed the order of {what}</source>
        <translation>ترتیب {what} را تغییر داد</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>کسی</translation>
    </message>
    <message>
        <source>added {person} to {where}</source>
        <translation>{person} را به {where} افزود</translation>
    </message>
    <message>
        <source>took {person} off {where}</source>
        <translation>{person} را از {where} برداشت</translation>
    </message>
    <message>
        <source>moved {person} from place {before} to place {after} in {where}</source>
        <translation>{person} را در {where} از جایگاه {before} به جایگاه {after} برد</translation>
    </message>
    <message>
        <source>changed {fields} of {person} in {where}</source>
        <translation>{fields} {person} را در {where} تغییر داد</translation>
    </message>
    <message>
        <source>archived {name}</source>
        <translation>{name} را بایگانی کرد</translation>
    </message>
    <message>
        <source>brought {name} back from the archive</source>
        <translation>{name} را از بایگانی بیرون آورد</translation>
    </message>
    <message>
        <source>changed the outcome of {name}</source>
        <translation>نتیجه {name} را تغییر داد</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} مورد دیگر</translation>
    </message>
    <message>
        <source>changed the {fields} of {name}</source>
        <translation>{fields} {name} را تغییر داد</translation>
    </message>
    <message>
        <source>added the {noun} {name}</source>
        <translation>{noun} {name} را افزود</translation>
    </message>
    <message>
        <source>restored the {noun} {name}</source>
        <translation>{noun} {name} را بازیابی کرد</translation>
    </message>
    <message>
        <source>deleted the {noun} {name}</source>
        <translation>{noun} {name} را حذف کرد</translation>
    </message>
    <message>
        <source>added {count} {kinds}</source>
        <translation>{count} {kinds} افزود</translation>
    </message>
    <message>
        <source>restored {count} {kinds}</source>
        <translation>{count} {kinds} را بازیابی کرد</translation>
    </message>
    <message>
        <source>removed {count} {kinds}</source>
        <translation>{count} {kinds} را حذف کرد</translation>
    </message>
    <message>
        <source>changed {count} {kinds}</source>
        <translation>{count} {kinds} را تغییر داد</translation>
    </message>
    <message>
        <source>over {n}</source>
        <translation>بیش از {n}</translation>
    </message>
    <message>
        <source>recorded the step “{step}” of {name}</source>
        <translation>گام «{step}» {name} را ثبت کرد</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>یک گام</translation>
    </message>
    <message>
        <source>removed the outcome of {name}</source>
        <translation>نتیجه {name} را حذف کرد</translation>
    </message>
    <message>
        <source>recorded the outcome of {name}</source>
        <translation>نتیجه {name} را ثبت کرد</translation>
    </message>
    <message>
        <source>{officer} {what} on {when}</source>
        <translation>{officer} {what} ({when})</translation>
    </message>
    <message>
        <source>Show from 1 to {limit} changes at a time.</source>
        <translation>هر بار از ۱ تا {limit} تغییر نشان دهید.</translation>
    </message>
    <message>
        <source>“{title}” is a session of a summit and follows the summit&apos;s programme: change it on the Summits page.</source>
        <translation>«{title}» نشستِ یک اجلاس است و از برنامه اجلاس پیروی می‌کند: آن را در صفحه اجلاس‌ها تغییر دهید.</translation>
    </message>
    <message>
        <source>the same as “{twin}”, already in the programme</source>
        <translation>همانند «{twin}» که از پیش در برنامه هست</translation>
    </message>
    <message>
        <source>the same as “{twin}”, already in this file</source>
        <translation>همانند «{twin}» که از پیش در همین پرونده هست</translation>
    </message>
    <message>
        <source>“{summary}” was not updated: {reason}.</source>
        <translation>«{summary}» به‌روز نشد: {reason}.</translation>
    </message>
    <message>
        <source>{count} event(s) differ from the programme but are not newer (SEQUENCE, LAST-MODIFIED), so the programme was kept: {titles}.</source>
        <translation>{count} رویداد با برنامه فرق دارد اما تازه‌تر نیست (SEQUENCE، LAST-MODIFIED)، از این رو برنامه نگه داشته شد: {titles}.</translation>
    </message>
    <message>
        <source>{count} event(s) were written by this database: each is matched to its own record, never added twice.</source>
        <translation>{count} رویداد را همین پایگاه داده نوشته است: هر یک با سابقه خودش جفت می‌شود و هرگز دو بار افزوده نمی‌شود.</translation>
    </message>
    <message>
        <source>The calendar was not imported: another officer was changing this delegation&apos;s programme at the same moment. Nothing was written; import the file again.</source>
        <translation>تقویم درون‌بری نشد: کارشناس دیگری در همان لحظه برنامه این هیئت را تغییر می‌داد. چیزی نوشته نشد؛ پرونده را دوباره درون‌بری کنید.</translation>
    </message>
    <message>
        <source>The calendar was not imported: the database refused one of its values ({reason}). Nothing was written.</source>
        <translation>تقویم درون‌بری نشد: پایگاه داده یکی از مقدارهای آن را نپذیرفت ({reason}). چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Add the delegation&apos;s members first: imported items include the whole delegation.</source>
        <translation>نخست اعضای هیئت را بیفزایید: موارد درون‌بری‌شده کل هیئت را در بر می‌گیرند.</translation>
    </message>
    <message>
        <source>A summit session of the file no longer exists; preview again.</source>
        <translation>یکی از نشست‌های اجلاس در این پرونده دیگر وجود ندارد؛ دوباره پیش‌نمایش بگیرید.</translation>
    </message>
    <message>
        <source>Someone chosen here no longer exists; choose again.</source>
        <translation>یکی از افراد برگزیده در اینجا دیگر وجود ندارد؛ دوباره برگزینید.</translation>
    </message>
    <message>
        <source>That summit session no longer exists.</source>
        <translation>آن نشست اجلاس دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This is a session of a summit: change its time in the summit&apos;s programme, and every delegation attending follows.</source>
        <translation>این نشستِ یک اجلاس است: زمان آن را در برنامه اجلاس تغییر دهید تا همه هیئت‌های شرکت‌کننده از آن پیروی کنند.</translation>
    </message>
    <message>
        <source>This itinerary item no longer exists.</source>
        <translation>این مورد برنامه سفر دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Backups of a shared PostgreSQL database are made on the server (pg_dump).</source>
        <translation>پشتیبان‌گیری از پایگاه داده مشترک PostgreSQL روی کارساز انجام می‌شود (pg_dump).</translation>
    </message>
    <message>
        <source>{target} already exists; choose another name.</source>
        <translation>{target} از پیش وجود دارد؛ نام دیگری برگزینید.</translation>
    </message>
    <message>
        <source>Item {number} is not in the programme of “{title}”.</source>
        <translation>مورد شماره {number} در برنامه «{title}» نیست.</translation>
    </message>
    <message>
        <source>“{title}” is internal (ours alone): badges, place cards and seating plans are printed only for meetings shared with the hosts.</source>
        <translation>«{title}» داخلی است (تنها برای خودمان): کارت‌های شناسایی، کارت‌های جایگاه و نقشه‌های چیدمان تنها برای دیدارهای مشترک با میزبانان چاپ می‌شوند.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>این مورد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>میزبان</translation>
    </message>
    <message>
        <source>guest of honour</source>
        <translation>مهمان ویژه</translation>
    </message>
    <message>
        <source>Person {number} is not at this table as {role}; choose from: {names}.</source>
        <translation>شخص شماره {number} در این میز در جایگاه {role} نیست؛ از میان این‌ها برگزینید: {names}.</translation>
    </message>
    <message>
        <source>people of ours</source>
        <translation>فردی از سوی ما</translation>
    </message>
    <message>
        <source>“{title}” has no {missing} at the table, so there is no seating plan to make: add them to the item, or leave the seating plan out.</source>
        <translation>«{title}» هیچ {missing} در میز ندارد، پس نقشه چیدمانی برای ساختن نیست: آنان را به مورد بیفزایید، یا نقشه چیدمان را کنار بگذارید.</translation>
    </message>
    <message>
        <source>Choose at least one of badges, place cards and the seating plan.</source>
        <translation>دست‌کم یکی از کارت‌های شناسایی، کارت‌های جایگاه و نقشه چیدمان را برگزینید.</translation>
    </message>
    <message>
        <source>A seating plan is for one meeting or meal: choose which.</source>
        <translation>نقشه چیدمان برای یک دیدار یا صرف غذاست: برگزینید کدام.</translation>
    </message>
    <message>
        <source>Nobody to print cards for: add people first.</source>
        <translation>کسی نیست که برایش کارت چاپ شود: نخست افراد را بیفزایید.</translation>
    </message>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation>این رکورد دیگر وجود ندارد؛ شاید کسی آن را حذف کرده باشد.</translation>
    </message>
    <message>
        <source>“{name}” is already on file.</source>
        <translation>«{name}» از پیش ثبت شده است.</translation>
    </message>
    <message>
        <source>The network or the city no longer exists.</source>
        <translation>شبکه یا شهر دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This city is already a current member.</source>
        <translation>این شهر هم‌اکنون عضو است.</translation>
    </message>
    <message>
        <source>This membership no longer exists.</source>
        <translation>این عضویت دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A membership cannot end before it began.</source>
        <translation>عضویت نمی‌تواند پیش از آغازش پایان یابد.</translation>
    </message>
    <message>
        <source>This meeting no longer exists; someone may have deleted it.</source>
        <translation>این دیدار دیگر وجود ندارد؛ شاید کسی آن را حذف کرده باشد.</translation>
    </message>
    <message>
        <source>The outcome of “{title}” was cleared by someone else after you opened it. Your outcome was not saved: reopen the meeting to see it.</source>
        <translation>نتیجه «{title}» پس از آنکه شما آن را گشودید به دست شخص دیگری پاک شد. نتیجه شما ذخیره نشد: دیدار را دوباره باز کنید تا آن را ببینید.</translation>
    </message>
    <message>
        <source>The outcome of “{title}” was recorded by someone else at {when}, after you opened it. Your outcome was not saved: reopen the meeting to see theirs.</source>
        <translation>نتیجه «{title}» در {when}، پس از آنکه شما آن را گشودید، به دست شخص دیگری ثبت شد. نتیجه شما ذخیره نشد: دیدار را دوباره باز کنید تا نتیجه او را ببینید.</translation>
    </message>
    <message>
        <source>{kind} with {city} expires {day}</source>
        <translation>{kind} با {city} در {day} منقضی می‌شود</translation>
    </message>
    <message>
        <source>The document is over 25 MB.</source>
        <translation>سند بیش از ۲۵ مگابایت است.</translation>
    </message>
    <message>
        <source>This partnership no longer exists.</source>
        <translation>این پیمان همکاری دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>That organisation no longer exists; pick another.</source>
        <translation>آن سازمان دیگر وجود ندارد؛ سازمان دیگری برگزینید.</translation>
    </message>
    <message>
        <source>The image is over 20 MB; choose a smaller one.</source>
        <translation>تصویر بیش از ۲۰ مگابایت است؛ تصویر کوچک‌تری برگزینید.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>این شخص دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This person holds no position to leave.</source>
        <translation>این شخص سمتی ندارد که آن را ترک کند.</translation>
    </message>
    <message>
        <source>Someone cannot succeed themselves.</source>
        <translation>هیچ‌کس نمی‌تواند جانشین خودش باشد.</translation>
    </message>
    <message>
        <source>The successor is no longer on file.</source>
        <translation>جانشین دیگر در سوابق نیست.</translation>
    </message>
    <message>
        <source> (from {day})</source>
        <translation> (از {day})</translation>
    </message>
    <message>
        <source> (until {day})</source>
        <translation> (تا {day})</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>تمام‌روز</translation>
    </message>
    <message>
        <source> (+{n} day)</source>
        <translation> (+{n} روز)</translation>
    </message>
    <message>
        <source> (+{n} days)</source>
        <translation> (+{n} روز)</translation>
    </message>
    <message>
        <source> ({n} day)</source>
        <translation> ({n} روز)</translation>
    </message>
    <message>
        <source>This summit no longer exists.</source>
        <translation>این اجلاس دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The calendar disappeared from the server while it was being read; run it again.</source>
        <translation>تقویم هنگام خوانده شدن از کارساز ناپدید شد؛ دوباره اجرا کنید.</translation>
    </message>
    <message>
        <source>Someone changed this calendar on the server while it was being published; run it again to finish — what was sent is kept.</source>
        <translation>شخصی هنگام انتشار، این تقویم را روی کارساز تغییر داد؛ برای تمام کردن دوباره اجرا کنید — آنچه فرستاده شده نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Publishing stopped part-way ({reason}); run it again to finish — what was sent is kept.</source>
        <translation>انتشار در میانه راه متوقف شد ({reason})؛ برای تمام کردن دوباره اجرا کنید — آنچه فرستاده شده نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>The calendar server does not let {user} write there.</source>
        <translation>کارساز تقویم به {user} اجازه نوشتن در آنجا را نمی‌دهد.</translation>
    </message>
    <message>
        <source>The calendar server refused the user name or password for {user}.</source>
        <translation>کارساز تقویم نام کاربری یا گذرواژه {user} را نپذیرفت.</translation>
    </message>
    <message>
        <source>Cannot publish to {server}: {kind}: {detail}</source>
        <translation>انتشار در {server} ممکن نیست: {kind}: {detail}</translation>
    </message>
    <message>
        <source>The calendar server answered {status}.</source>
        <translation>کارساز تقویم پاسخ داد: {status}.</translation>
    </message>
    <message>
        <source>{role} in “{title}” ({days})</source>
        <translation>{role} در «{title}» ({days})</translation>
    </message>
    <message>
        <source>Met at “{title}”</source>
        <translation>دیدار در «{title}»</translation>
    </message>
    <message>
        <source>Gift given: {description}</source>
        <translation>هدیه اهدایی: {description}</translation>
    </message>
    <message>
        <source>Gift received: {description}</source>
        <translation>هدیه دریافتی: {description}</translation>
    </message>
    <message>
        <source>Signed “{title}”</source>
        <translation>امضای «{title}»</translation>
    </message>
    <message>
        <source> — signed agreement attached: {name}</source>
        <translation> — موافقت‌نامه امضاشده پیوست است: {name}</translation>
    </message>
    <message>
        <source>, signed {day}</source>
        <translation>، امضا در {day}</translation>
    </message>
    <message>
        <source>, expires {day}</source>
        <translation>، انقضا در {day}</translation>
    </message>
    <message>
        <source>This city no longer exists.</source>
        <translation>این شهر دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source> since {year}</source>
        <translation> از {year}</translation>
    </message>
    <message>
        <source>Ours, to them</source>
        <translation>هیئت ما، به سوی آنان</translation>
    </message>
    <message>
        <source>Theirs, to us</source>
        <translation>هیئت آنان، به سوی ما</translation>
    </message>
    <message>
        <source>The database already holds records; the sample plan is meant for an empty database. Use --force to add it anyway.</source>
        <translation>پایگاه داده از پیش سوابقی دارد؛ برنامه نمونه برای پایگاه داده خالی است. برای افزودن آن در هر حال، --force را به کار ببرید.</translation>
    </message>
    <message>
        <source>That organisation no longer exists.</source>
        <translation>آن سازمان دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>این نشست دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A seating plan is for one meeting and comes from the current programme; a version prints the delegation&apos;s badges and place cards.</source>
        <translation>نقشه چیدمان برای یک دیدار است و از برنامهٔ کنونی می‌آید؛ یک نسخه کارت‌های شناسایی و کارت‌های جایگاه هیئت را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Choose badges, place cards or both.</source>
        <translation>کارت‌های شناسایی، کارت‌های جایگاه یا هر دو را برگزینید.</translation>
    </message>
    <message>
        <source>Version {number} keeps no badges: nobody was on the delegation then, or it was issued before versions kept their badges. Print them from the current programme.</source>
        <translation>نسخهٔ {number} کارت شناسایی ندارد: آن زمان کسی در هیئت نبود، یا پیش از آنکه نسخه‌ها کارت‌ها را نگه دارند صادر شده است. آن‌ها را از برنامهٔ کنونی چاپ کنید.</translation>
    </message>
    <message>
        <source>Compare with a later version than {number}, or leave out the later one to compare with the draft.</source>
        <translation>با نسخه‌ای دیرتر از {number} مقایسه کنید، یا نسخه دیرتر را ندهید تا با پیش‌نویس مقایسه شود.</translation>
    </message>
    <message>
        <source>Person {person} was not a member of “{title}” in version {number}.</source>
        <translation>شخص شماره {person} در نسخه {number} عضو «{title}» نبود.</translation>
    </message>
    <message>
        <source>{names} is no longer in the address book, so {label} cannot be put back.</source>
        <translation>{names} دیگر در دفتر نشانی‌ها نیست، از این رو {label} بازگردانده نمی‌شود.</translation>
    </message>
    <message>
        <source>{names} are no longer in the address book, so {label} cannot be put back.</source>
        <translation>{names} دیگر در دفتر نشانی‌ها نیستند، از این رو {label} بازگردانده نمی‌شود.</translation>
    </message>
    <message>
        <source>{names} is no longer among the cities, so {label} cannot be put back.</source>
        <translation>{names} دیگر در میان شهرها نیست، از این رو {label} بازگردانده نمی‌شود.</translation>
    </message>
    <message>
        <source>versions 1 to {count} were issued</source>
        <translation>نسخه‌های ۱ تا {count} صادر شده‌اند</translation>
    </message>
    <message>
        <source>only version 1 was issued</source>
        <translation>تنها نسخه ۱ صادر شده است</translation>
    </message>
    <message>
        <source>no version was issued yet</source>
        <translation>هنوز نسخه‌ای صادر نشده است</translation>
    </message>
    <message>
        <source>“{title}” has no version {number}: {issued}.</source>
        <translation>«{title}» نسخه {number} ندارد: {issued}.</translation>
    </message>
    <message>
        <source>The note is limited to {limit} characters.</source>
        <translation>یادداشت حداکثر {limit} نویسه است.</translation>
    </message>
    <message>
        <source>Nothing changed since version {number}: there is nothing new to issue.</source>
        <translation>از نسخه {number} چیزی تغییر نکرده است: چیز تازه‌ای برای صدور نیست.</translation>
    </message>
    <message>
        <source>The programme changed while the version was being made; nothing was issued. Issue it again.</source>
        <translation>برنامه هنگام ساختن نسخه تغییر کرد؛ چیزی صادر نشد. دوباره صادر کنید.</translation>
    </message>
    <message>
        <source>an itinerary item</source>
        <translation>یک مورد برنامهٔ سفر</translation>
    </message>
    <message>
        <source>{n} itinerary items</source>
        <translation>{n} مورد برنامهٔ سفر</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>یک هیئت</translation>
    </message>
    <message>
        <source>{n} delegations</source>
        <translation>{n} هیئت</translation>
    </message>
    <message>
        <source>a delegation&apos;s members</source>
        <translation>اعضای یک هیئت</translation>
    </message>
    <message>
        <source>delegations&apos; members</source>
        <translation>اعضای هیئت‌ها</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>یک شخص</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} شخص</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>یک شهر</translation>
    </message>
    <message>
        <source>{n} cities</source>
        <translation>{n} شهر</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>یک سازمان</translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation>{n} سازمان</translation>
    </message>
    <message>
        <source>a summit</source>
        <translation>یک اجلاس</translation>
    </message>
    <message>
        <source>{n} summits</source>
        <translation>{n} اجلاس</translation>
    </message>
    <message>
        <source>a summit session</source>
        <translation>یک نشست اجلاس</translation>
    </message>
    <message>
        <source>{n} summit sessions</source>
        <translation>{n} نشست اجلاس</translation>
    </message>
    <message>
        <source>a commitment</source>
        <translation>یک تعهد</translation>
    </message>
    <message>
        <source>{n} commitments</source>
        <translation>{n} تعهد</translation>
    </message>
    <message>
        <source>the gift register</source>
        <translation>دفتر هدایا</translation>
    </message>
    <message>
        <source>a partnership</source>
        <translation>یک همکاری</translation>
    </message>
    <message>
        <source>{n} partnerships</source>
        <translation>{n} همکاری</translation>
    </message>
    <message>
        <source>a meeting&apos;s outcome</source>
        <translation>نتیجهٔ یک دیدار</translation>
    </message>
    <message>
        <source>{n} meeting outcomes</source>
        <translation>نتیجهٔ {n} دیدار</translation>
    </message>
    <message>
        <source>the office profile</source>
        <translation>مشخصات دفتر</translation>
    </message>
    <message>
        <source>City government</source>
        <translation>دولت شهری</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>سازمان بین‌المللی</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>وزارتخانه</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>سفارت</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>سازمان مردم‌نهاد</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Founding member</source>
        <translation>عضو مؤسس</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>کمیته راهبری</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>نایب‌رئیس</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ریاست</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>ناظر</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>شهر خواهرخوانده</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>شهر دوست</translation>
    </message>
    <message>
        <source>Memorandum of understanding (MoU)</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>نامه اعلام قصد</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>پیشنهادی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>راکد</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>موافقت‌نامه خواهرخواندگی</translation>
    </message>
    <message>
        <source>Friendship agreement</source>
        <translation>موافقت‌نامه دوستی</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>تفاهم‌نامه</translation>
    </message>
    <message>
        <source>Joint declaration</source>
        <translation>بیانیه مشترک</translation>
    </message>
    <message>
        <source>Cooperation programme</source>
        <translation>برنامه همکاری</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>امضاشده</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>لازم‌الاجرا</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>اجراشده</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>فسخ‌شده</translation>
    </message>
    <message>
        <source>Given first</source>
        <translation>نام کوچک نخست</translation>
    </message>
    <message>
        <source>Family first</source>
        <translation>نام خانوادگی نخست</translation>
    </message>
    <message>
        <source>Mayors&apos; summit</source>
        <translation>اجلاس شهرداران</translation>
    </message>
    <message>
        <source>Network assembly</source>
        <translation>مجمع شبکه</translation>
    </message>
    <message>
        <source>U20 summit</source>
        <translation>اجلاس U20</translation>
    </message>
    <message>
        <source>COP side event</source>
        <translation>رویداد جانبی COP</translation>
    </message>
    <message>
        <source>Economic mission</source>
        <translation>هیئت اقتصادی</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>همایش</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>نشست عمومی</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>میزگرد</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <source>Bilateral slot</source>
        <translation>نوبت دیدار دوجانبه</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>مراسم پذیرایی</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>مراسم</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>اعزامی</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>قطعی</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>مشاور</translation>
    </message>
    <message>
        <source>Protocol officer</source>
        <translation>کارشناس تشریفات</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>حفاظت</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم شفاهی</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>پرواز</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>جابه‌جایی</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>هتل</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>دیدار دوجانبه</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>صرف غذا</translation>
    </message>
    <message>
        <source>Ceremony / signing</source>
        <translation>مراسم / امضا</translation>
    </message>
    <message>
        <source>Press point</source>
        <translation>نشست خبری</translation>
    </message>
    <message>
        <source>Summit session</source>
        <translation>نشست اجلاس</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>وقت آزاد</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>غیرقطعی</translation>
    </message>
    <message>
        <source>We owe them</source>
        <translation>بر عهده ما</translation>
    </message>
    <message>
        <source>They owe us</source>
        <translation>بر عهده آنان</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>کنارگذاشته</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>دیدار</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>هر سررسیدی</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>سررسید تا ۱۴ روز آینده</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>سررسید تا ۳۰ روز آینده</translation>
    </message>
    <message>
        <source>Due within 90 days</source>
        <translation>سررسید تا ۹۰ روز آینده</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>بدون سررسید</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>اهدایی</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>نقشه چیدمان</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>کارت‌های جایگاه</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>کارت‌های شناسایی</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>بازگردانده‌شده</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>جابه‌جاشده</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>مکان تازه</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
</context>
</TS>
