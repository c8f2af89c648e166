<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
    <context>
        <name>delegate_app</name>
        <message numerus="yes">
            <source>%n item(s) changed</source>
            <translation>
                <numerusform>%n مورد تغییر کرد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %n day(s)</source>
            <translation>
                <numerusform>در %n روز</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <translation>ساعت</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>مورد</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>چه تغییری کرد</translation>
        </message>
        <message>
            <source>Changes to the programme since {version}</source>
            <translation>تغییرات برنامه از {version}</translation>
        </message>
        <message>
            <source>Changes to the programme since version {number}</source>
            <translation>تغییرات برنامه از نسخه {number}</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>از</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>اکنون</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>ویرایش</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>تغییرات</translation>
        </message>
        <message>
            <source>Times are local, with the zone of where each item happens; each item is listed on the day it now takes place (a cancelled or removed item on the day it was to take place).</source>
            <translation>ساعت‌ها به وقت محلیِ محل برگزاری هر مورد است؛ هر مورد در روزی آمده که اکنون برگزار می‌شود (مورد لغو یا حذف‌شده در روزی که قرار بود برگزار شود).</translation>
        </message>
        <message>
            <source>Nothing changed: the programme is as it was then.</source>
            <translation>تغییری نکرده است: برنامه همان است که بود.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>موعد</translation>
        </message>
        <message>
            <source>What was promised</source>
            <translation>آنچه وعده داده شد</translation>
        </message>
        <message>
            <source>Who owes</source>
            <translation>متعهد</translation>
        </message>
        <message>
            <source>Owner / Counterpart</source>
            <translation>مسئول / طرف مقابل</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n روز تأخیر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n روز دیگر</numerusform>
            </translation>
        </message>
        <message>
            <source>No date</source>
            <translation>بدون تاریخ</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>موعد امروز</translation>
        </message>
        <message>
            <source>Promised at {meeting}</source>
            <translation>وعده در {meeting}</translation>
        </message>
        <message>
            <source>Under {agreement}</source>
            <translation>ذیل {agreement}</translation>
        </message>
        <message>
            <source>{priority} priority</source>
            <translation>اولویت {priority}</translation>
        </message>
        <message>
            <source>We owe</source>
            <translation>ما متعهدیم</translation>
        </message>
        <message>
            <source>{city} owes</source>
            <translation>{city} متعهد است</translation>
        </message>
        <message>
            <source>They owe</source>
            <translation>آنان متعهدند</translation>
        </message>
        <message>
            <source>No city</source>
            <translation>بدون شهر</translation>
        </message>
        <message>
            <source>Kept {date}</source>
            <translation>انجام‌شده در {date}</translation>
        </message>
        <message>
            <source>WE OWE THEM (OPEN)</source>
            <translation>تعهد ما به آنان (باز)</translation>
        </message>
        <message>
            <source>THEY OWE US (OPEN)</source>
            <translation>تعهد آنان به ما (باز)</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>معوق</translation>
        </message>
        <message>
            <source>KEPT</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <source>our partners</source>
            <translation>شرکای ما</translation>
        </message>
        <message>
            <source>Open promises: we owe {them} {we_owe}, {them} owe(s) us {they_owe}; overdue: {overdue}; kept: {kept}.</source>
            <translation>وعده‌های باز: تعهد ما به {them}: {we_owe}، تعهد {them} به ما: {they_owe}؛ معوق: {overdue}؛ انجام‌شده: {kept}.</translation>
        </message>
        <message>
            <source>Prepared on {date}</source>
            <translation>تهیه‌شده در {date}</translation>
        </message>
        <message>
            <source>No commitments were recorded for this report.</source>
            <translation>برای این گزارش تعهدی ثبت نشده است.</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>معوق</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>انجام‌شده</translation>
        </message>
        <message>
            <source>Open promises count until they are kept or dropped; a promise is overdue from the day after its due date where its owner works.</source>
            <translation>وعده‌های باز تا انجام یا کنار گذاشته شدن شمرده می‌شوند؛ هر وعده از روز پس از موعدش، به وقت محل کار مسئول آن، معوق است.</translation>
        </message>
        <message>
            <source>Commitments report</source>
            <translation>گزارش تعهدات</translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>از {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>تا {date}</translation>
        </message>
        <message>
            <source>Commitments with {city}</source>
            <translation>تعهدات با {city}</translation>
        </message>
        <message>
            <source>Commitments due {period}</source>
            <translation>تعهدات با موعد {period}</translation>
        </message>
        <message>
            <source>All commitments</source>
            <translation>همه تعهدات</translation>
        </message>
        <message>
            <source>Due {period}</source>
            <translation>موعد: {period}</translation>
        </message>
        <message>
            <source>Every promise, both ways</source>
            <translation>همه وعده‌ها، از هر دو سو</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>همه شهرها</translation>
        </message>
        <message>
            <source>All cities, all dates</source>
            <translation>همه شهرها، همه تاریخ‌ها</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>صفحه {page}</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>صفحه {page} از {total}</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>فهرست مطالب</translation>
        </message>
        <message>
            <source>Delegation dossier — {marking}</source>
            <translation>پرونده هیئت — {marking}</translation>
        </message>
        <message>
            <source>Outgoing delegation</source>
            <translation>هیئت اعزامی</translation>
        </message>
        <message>
            <source>Incoming delegation</source>
            <translation>هیئت مهمان</translation>
        </message>
        <message>
            <source>Changes since {version} are marked</source>
            <translation>تغییرات پس از {version} علامت خورده‌اند</translation>
        </message>
        <message>
            <source>Needs: {needs}</source>
            <translation>نیازها: {needs}</translation>
        </message>
        <message>
            <source>The delegation</source>
            <translation>هیئت</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>اهداف</translation>
        </message>
        <message>
            <source>Delegation list in order of precedence</source>
            <translation>فهرست اعضای هیئت به ترتیب تقدم</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ردیف</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>نام</translation>
        </message>
        <message>
            <source>Role and position</source>
            <translation>نقش و سمت</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>تماس</translation>
        </message>
        <message>
            <source>Internal notes</source>
            <translation>یادداشت‌های داخلی</translation>
        </message>
        <message>
            <source>Home: {time}</source>
            <translation>وقت مبدأ: {time}</translation>
        </message>
        <message>
            <source>CHANGED</source>
            <translation>تغییر کرد</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>مسیر</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>محل</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>هیئت</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>دیدار با</translation>
        </message>
        <message>
            <source>Interpreters</source>
            <translation>مترجمان</translation>
        </message>
        <message>
            <source>Dress code</source>
            <translation>پوشش</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>رزرو</translation>
        </message>
        <message>
            <source>Internal: {briefing}</source>
            <translation>داخلی: {briefing}</translation>
        </message>
        <message>
            <source>See the meeting brief “{title}”.</source>
            <translation>نگاه کنید به خلاصه دیدار «{title}».</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>برنامه</translation>
        </message>
        <message>
            <source>Times are local, with the zone of where each item happens; home times are in {zone}.</source>
            <translation>ساعت‌ها به وقت محلیِ محل برگزاری هر مورد است؛ وقت مبدأ به ساعت {zone} است.</translation>
        </message>
        <message>
            <source>Times are local, with the zone of where each item happens.</source>
            <translation>ساعت‌ها به وقت محلیِ محل برگزاری هر مورد است.</translation>
        </message>
        <message>
            <source>A bar in the margin and the word CHANGED mark what changed since {version}.</source>
            <translation>نواری در حاشیه و عبارت «تغییر کرد» آنچه را از {version} تغییر کرده نشان می‌دهد.</translation>
        </message>
        <message>
            <source>Our hosts and counterparts</source>
            <translation>میزبانان و طرف‌های ما</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>سمت</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>سازمان</translation>
        </message>
        <message>
            <source>Address as</source>
            <translation>عنوان خطاب</translation>
        </message>
        <message>
            <source>In letters</source>
            <translation>در مکاتبات</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>زبان‌ها</translation>
        </message>
        <message>
            <source>Interpretation</source>
            <translation>ترجمه شفاهی</translation>
        </message>
        <message>
            <source>BIOGRAPHY</source>
            <translation>زندگی‌نامه</translation>
        </message>
        <message>
            <source>Previous meetings and visits</source>
            <translation>دیدارها و سفرهای پیشین</translation>
        </message>
        <message>
            <source>Open commitments</source>
            <translation>تعهدات باز</translation>
        </message>
        <message>
            <source>Gifts exchanged</source>
            <translation>هدایای ردوبدل‌شده</translation>
        </message>
        <message>
            <source>home {time}</source>
            <translation>وقت مبدأ {time}</translation>
        </message>
        <message>
            <source>MEETING BRIEF · {kind}</source>
            <translation>خلاصه دیدار · {kind}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>زمان</translation>
        </message>
        <message>
            <source>Our delegation</source>
            <translation>هیئت ما</translation>
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
            <source>Outcome</source>
            <translation>نتیجه</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>طرف‌های مقابل</translation>
        </message>
        <message>
            <source>Background: {city}</source>
            <translation>پیشینه: {city}</translation>
        </message>
        <message>
            <source>Open commitments with the city</source>
            <translation>تعهدات باز با این شهر</translation>
        </message>
        <message>
            <source>Meeting briefs</source>
            <translation>خلاصه دیدارها</translation>
        </message>
        <message>
            <source>One brief per meeting with counterparts, in the order of the programme. Internal: not to be shared.</source>
            <translation>یک خلاصه برای هر دیدار با طرف‌های مقابل، به ترتیب برنامه. داخلی: در اختیار دیگران قرار نگیرد.</translation>
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
            <source>Population</source>
            <translation>جمعیت</translation>
        </message>
        <message>
            <source>Partnership with us</source>
            <translation>همکاری با ما</translation>
        </message>
        <message>
            <source>NETWORKS</source>
            <translation>شبکه‌ها</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>سفرها</translation>
        </message>
        <message>
            <source>City profiles</source>
            <translation>معرفی شهرها</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>تماس</translation>
        </message>
        <message>
            <source>Where and when</source>
            <translation>کجا و کی</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>هتل</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <source>Practical annex</source>
            <translation>پیوست کاربردی</translation>
        </message>
        <message>
            <source>Emergency numbers</source>
            <translation>شماره‌های اضطراری</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>شماره‌ها</translation>
        </message>
        <message>
            <source>Hotels</source>
            <translation>هتل‌ها</translation>
        </message>
        <message>
            <source>Embassy and consular contacts</source>
            <translation>تماس‌های سفارت و کنسولگری</translation>
        </message>
        <message>
            <source>Delegation contacts</source>
            <translation>تماس‌های هیئت</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>کارت‌های شناسایی</translation>
        </message>
        <message>
            <source>sheet {sheet} of {sheets}</source>
            <translation>برگ {sheet} از {sheets}</translation>
        </message>
        <message>
            <source>fold</source>
            <translation>تا شود</translation>
        </message>
        <message>
            <source>{occasion} — badges and place cards</source>
            <translation>{occasion} — کارت‌های شناسایی و کارت‌های جای نشستن</translation>
        </message>
        <message>
            <source>Room to be announced</source>
            <translation>سالن اعلام خواهد شد</translation>
        </message>
        <message>
            <source>{title} (tentative)</source>
            <translation>{title} (موقت)</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n نشست</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tentative</source>
            <translation>
                <numerusform>%n موقت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n لغوشده</numerusform>
            </translation>
        </message>
        <message>
            <source>The summit</source>
            <translation>اجلاس</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>نوع</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>شهر میزبان</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>تاریخ‌ها</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>برگزارکننده</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>وبگاه</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>موضوعات</translation>
        </message>
        <message>
            <source>No sessions announced yet.</source>
            <translation>هنوز نشستی اعلام نشده است.</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>سالن‌ها</translation>
        </message>
        <message>
            <source>In this programme</source>
            <translation>در این برنامه</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>لغو شد</translation>
        </message>
        <message>
            <source>This session is cancelled and will not take place.</source>
            <translation>این نشست لغو شده و برگزار نخواهد شد.</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>سخنرانان</translation>
        </message>
        <message>
            <source>Time and room</source>
            <translation>ساعت و سالن</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>نشست</translation>
        </message>
        <message>
            <source>DAY {n}</source>
            <translation>روز {n}</translation>
        </message>
        <message>
            <source>Times in {place} time ({offsets})</source>
            <translation>ساعت‌ها به وقت {place} ({offsets})</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>سالن</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>روز</translation>
        </message>
        <message>
            <source>By room</source>
            <translation>به تفکیک سالن</translation>
        </message>
        <message>
            <source>Every session in each room, by day and time.</source>
            <translation>همه نشست‌های هر سالن، به ترتیب روز و ساعت.</translation>
        </message>
        <message>
            <source>Summit programme</source>
            <translation>برنامه اجلاس</translation>
        </message>
        <message>
            <source>Facing sides</source>
            <translation>دو ردیف روبه‌رو</translation>
        </message>
        <message>
            <source>Round table</source>
            <translation>میز گرد</translation>
        </message>
        <message>
            <source>Head table facing the room</source>
            <translation>میز اصلی رو به سالن</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>میزبان</translation>
        </message>
        <message>
            <source>Guest of honour</source>
            <translation>مهمان ویژه</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>میزبانان</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>مهمانان</translation>
        </message>
        <message>
            <source>SEATING PLAN · {shape}</source>
            <translation>نقشه جای نشستن · {shape}</translation>
        </message>
        <message>
            <source>Seats are numbered from each principal in order of precedence: the first on their right, the second on their left, and so on outwards.</source>
            <translation>صندلی‌ها از هر شخصیت اصلی به ترتیب تقدم شماره خورده‌اند: نخستین در سمت راست او، دومین در سمت چپ او، و همین‌طور رو به بیرون.</translation>
        </message>
        <message>
            <source>Too many seats in a row to name them on the drawing: the legend names every seat.</source>
            <translation>صندلی‌های یک ردیف بیش از آن است که نامشان روی نقشه بیاید: راهنما نام همه صندلی‌ها را آورده است.</translation>
        </message>
        <message>
            <source>Interpreters sit behind their principals: {names}.</source>
            <translation>مترجمان پشت سر شخصیت‌های اصلی می‌نشینند: {names}.</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>صندلی</translation>
        </message>
        <message>
            <source>Organisation · city</source>
            <translation>سازمان · شهر</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>طرف</translation>
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
            <source>Bilateral meeting</source>
            <translation>دیدار دوجانبه</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>بازدید</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>ضیافت</translation>
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
            <translation>موقت</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>قطعی</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>لغوشده</translation>
        </message>
        <message>
            <source>Head of delegation</source>
            <translation>رئیس هیئت</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>عضو</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>مشاور</translation>
        </message>
        <message>
            <source>Protocol officer</source>
            <translation>مسئول تشریفات</translation>
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
            <translation>مترجم</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>اعزامی</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>مهمان</translation>
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
            <translation>فرصت دیدار دوجانبه</translation>
        </message>
        <message>
            <source>Ceremony</source>
            <translation>مراسم</translation>
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
            <translation>کنار گذاشته‌شده</translation>
        </message>
        <message>
            <source>High</source>
            <translation>بالا</translation>
        </message>
        <message>
            <source>We owe them</source>
            <translation>تعهد ما به آنان</translation>
        </message>
        <message>
            <source>They owe us</source>
            <translation>تعهد آنان به ما</translation>
        </message>
        <message>
            <source>Internal — not for distribution</source>
            <translation>داخلی؛ انتشار ممنوع</translation>
        </message>
        <message>
            <source>Programme for our hosts</source>
            <translation>برنامه برای میزبانان ما</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>داخلی</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>پلیس</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>اورژانس</translation>
        </message>
        <message>
            <source>Fire</source>
            <translation>آتش‌نشانی</translation>
        </message>
        <message>
            <source>Fire and ambulance</source>
            <translation>آتش‌نشانی و اورژانس</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>همه خدمات</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>افزوده شد</translation>
        </message>
        <message>
            <source>Reinstated</source>
            <translation>دوباره برقرار شد</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>حذف شد</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>جابه‌جا شد</translation>
        </message>
        <message>
            <source>New place</source>
            <translation>محل جدید</translation>
        </message>
        <message>
            <source>Who attends</source>
            <translation>شرکت‌کنندگان</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>Mayors' summit</source>
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
            <source>Version {number} of {date}, {time} {place}</source>
            <translation>نسخه {number} مورخ {date}، {time} {place}</translation>
        </message>
        <message>
            <source>version {number} of {date}</source>
            <translation>نسخه {number} مورخ {date}</translation>
        </message>
        <message>
            <source>Draft of {date}</source>
            <translation>پیش‌نویس {date}</translation>
        </message>
        <message>
            <source>{text}, due {date}</source>
            <translation>{text}، موعد {date}</translation>
        </message>
        <message>
            <source>Networks: {text}</source>
            <translation>شبکه‌ها: {text}</translation>
        </message>
        <message>
            <source>{text} — booking {code}</source>
            <translation>{text} — رزرو {code}</translation>
        </message>
        <message>
            <source>Was {text}</source>
            <translation>پیشتر: {text}</translation>
        </message>
        <message>
            <source>Back on the programme: {text}</source>
            <translation>دوباره در برنامه: {text}</translation>
        </message>
        <message>
            <source>(all day)</source>
            <translation>(تمام روز)</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>تمام‌روز</translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s) later)</source>
            <translation>
                <numerusform>(%n روز بعد)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s) earlier)</source>
            <translation>
                <numerusform>(%n روز زودتر)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(+%n days)</source>
            <translation>
                <numerusform>(%n روز بعد)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(-%n days)</source>
            <translation>
                <numerusform>(%n روز قبل)</numerusform>
            </translation>
        </message>
    </context>
</TS>
