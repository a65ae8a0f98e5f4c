<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Not on the list for this session</source>
        <translation>غير مدرج في قائمة هذه الجلسة</translation>
    </message>
    <message>
        <source>The session is full</source>
        <translation>الجلسة ممتلئة</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>التسجيل ملغى</translation>
    </message>
    <message>
        <source>This badge was replaced or revoked</source>
        <translation>تم استبدال هذه الشارة أو إلغاؤها</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>شارة لحدث آخر</translation>
    </message>
    <message>
        <source>Altered or forged badge</source>
        <translation>شارة معدّلة أو مزوّرة</translation>
    </message>
    <message>
        <source>Not a badge for this event</source>
        <translation>ليست شارة لهذا الحدث</translation>
    </message>
    <message>
        <source>Badge format not supported</source>
        <translation>صيغة الشارة غير مدعومة</translation>
    </message>
    <message>
        <source>Not inside: no entry was recorded here, so there is no exit to record</source>
        <translation>ليس في الداخل: لم يُسجَّل أي دخول هنا، فلا خروج يُسجَّل</translation>
    </message>
    <message>
        <source>Busy — wait</source>
        <translation>مشغول — انتظر</translation>
    </message>
    <message>
        <source>Recording as soon as the file is free</source>
        <translation>سيتم التسجيل فور تحرر الملف</translation>
    </message>
    <message>
        <source>Another program is writing to the event file (an import or a merge).</source>
        <translation>برنامج آخر يكتب في ملف الحدث (استيراد أو دمج).</translation>
    </message>
    <message>
        <source>Scans waiting: %1</source>
        <translation>عمليات مسح في الانتظار: %1</translation>
    </message>
    <message>
        <source>Nothing is lost: each scan is recorded in order.</source>
        <translation>لا يضيع شيء: تُسجَّل كل عملية مسح بالترتيب.</translation>
    </message>
    <message>
        <source>Exit recorded</source>
        <translation>تم تسجيل الخروج</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحباً</translation>
    </message>
    <message>
        <source>Admitted by a supervisor</source>
        <translation>أُدخل بإذن من المشرف</translation>
    </message>
    <message>
        <source>Badge accepted</source>
        <translation>تم قبول الشارة</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>محطة أخرى</translation>
    </message>
    <message>
        <source>Already checked in at {time} at {station}</source>
        <translation>سبق تسجيل حضوره على الساعة {time} في {station}</translation>
    </message>
    <message>
        <source>Already left at {time} at {station}</source>
        <translation>خرج بالفعل على الساعة {time} في {station}</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>سبق تسجيل حضوره</translation>
    </message>
    <message>
        <source>Already left</source>
        <translation>خرج بالفعل</translation>
    </message>
    <message>
        <source>No exit recorded</source>
        <translation>لم يُسجَّل الخروج</translation>
    </message>
    <message>
        <source>Not allowed in</source>
        <translation>الدخول غير مسموح</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Valid badge from another desk</source>
        <translation>شارة صالحة من مكتب آخر</translation>
    </message>
    <message>
        <source>Admitted. The name appears here once the stations have synced.</source>
        <translation>تم القبول. سيظهر الاسم هنا بعد مزامنة المحطات.</translation>
    </message>
    <message>
        <source>Do not admit</source>
        <translation>لا تسمح بالدخول</translation>
    </message>
    <message>
        <source>Find the person by name to check them in.</source>
        <translation>ابحث عن الشخص باسمه لتسجيل حضوره.</translation>
    </message>
    <message>
        <source>Not a valid badge</source>
        <translation>شارة غير صالحة</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>This person has no check-in to undo here.</source>
        <translation>لا يوجد تسجيل لهذا الشخص يمكن إلغاؤه هنا.</translation>
    </message>
    <message>
        <source>That check-in was already undone.</source>
        <translation>سبق إلغاء تسجيل الحضور هذا.</translation>
    </message>
    <message>
        <source>Undo the exit of {name} at {time}?</source>
        <translation>إلغاء خروج {name} في {time}؟</translation>
    </message>
    <message>
        <source>Undo the entry of {name} at {time} in this session?</source>
        <translation>هل تريد التراجع عن دخول {name} على الساعة {time} إلى هذه الجلسة؟</translation>
    </message>
    <message>
        <source>Undo the check-in of {name} at {time}?</source>
        <translation>هل تريد التراجع عن تسجيل حضور {name} على الساعة {time}؟</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>التراجع عن تسجيل الحضور</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>تم التراجع عن تسجيل الحضور</translation>
    </message>
    <message>
        <source>The check-in of {time} no longer counts.</source>
        <translation>لم يعد تسجيل الحضور الذي تم على الساعة {time} محتسباً.</translation>
    </message>
    <message>
        <source>Check-in of {name} at {time} undone.</source>
        <translation>تم إلغاء تسجيل {name} في {time}.</translation>
    </message>
    <message>
        <source>Payment pending — see the organiser</source>
        <translation>الدفع معلّق — راجع المنظّم</translation>
    </message>
    <message>
        <source>Registration awaiting approval — see the organiser</source>
        <translation>التسجيل في انتظار الموافقة — راجع المنظّم</translation>
    </message>
    <message>
        <source>Too early: this session is not open yet</source>
        <translation>مبكر جدًا: الجلسة لم تُفتح بعد</translation>
    </message>
    <message>
        <source>This session has ended</source>
        <translation>انتهت هذه الجلسة</translation>
    </message>
    <message>
        <source>No re-entry to this session after leaving</source>
        <translation>لا يُسمح بالعودة إلى هذه الجلسة بعد الخروج</translation>
    </message>
</context>
<context>
    <name>ArrivalsChart</name>
    <message>
        <source>Arrivals per quarter hour</source>
        <translation>الوافدون في كل ربع ساعة</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>الوافدون</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <source>Edit attendee</source>
        <translation>تعديل بيانات المشارك</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>الاسم العائلي</translation>
    </message>
    <message>
        <source>Name on badge</source>
        <translation>الاسم على الشارة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>An attendee needs a name.</source>
        <translation>يجب أن يكون للمشارك اسم.</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>سُجّل حضوره</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>The row count for the current filter and sort is known (after ``reload``). GUI thread. Loading the id list failed: one line for the user. GUI thread.</extracomment>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجّل</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>الدفع معلّق</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>في انتظار الموافقة</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <source>Filter by name, organisation or email</source>
        <translation>تصفية حسب الاسم أو المؤسسة أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Filter attendees</source>
        <translation>تصفية المشاركين</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الولوج</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>آخر مسح</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Mark &amp;cancelled</source>
        <translation>&amp;وضع علامة ملغى</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>المشاركون</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركاً</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>جميع الفئات</translation>
    </message>
    <message>
        <source>Select an attendee to see their sessions.</source>
        <translation>اختر مشاركاً لعرض جلساته.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>إ&amp;عادة التفعيل</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>مدرج في القائمة</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>غير مدرج في القائمة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>لم يُمسح</translation>
    </message>
    <message>
        <source>In</source>
        <translation>دخل</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>خرج</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>وضع علامة ملغى</translation>
    </message>
    <message>
        <source>Mark %1 as cancelled? Their badge will be refused at the desks.</source>
        <translation>هل تريد وضع علامة ملغى على %1؟ ستُرفض شارته في مكاتب الاستقبال.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>Con&amp;firm registration</source>
        <translation>&amp;تأكيد التسجيل</translation>
    </message>
    <message>
        <source>Paid or approved: the desks admit this person from now on</source>
        <translation>تم الدفع أو الموافقة: يُسمح لهذا الشخص بالدخول من الآن</translation>
    </message>
    <message>
        <source>Payment pending — refused at the desks</source>
        <translation>الدفع معلّق — يُرفض عند الاستقبال</translation>
    </message>
    <message>
        <source>Awaiting approval — refused at the desks</source>
        <translation>في انتظار الموافقة — يُرفض عند الاستقبال</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Print badges</source>
        <translation>طباعة الشارات</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>ال&amp;جميع</translation>
    </message>
    <message>
        <source>One &amp;category:</source>
        <translation>&amp;فئة واحدة:</translation>
    </message>
    <message numerus="yes">
        <source>The %n attendee(s) selected in the attendee list</source>
        <translation>
            <numerusform>لا أحد محدد في قائمة المشاركين</numerusform>
            <numerusform>المشارك المحدد في قائمة المشاركين</numerusform>
            <numerusform>المشاركان المحددان في قائمة المشاركين</numerusform>
            <numerusform>%n مشاركين محددين في قائمة المشاركين</numerusform>
            <numerusform>%n مشاركاً محدداً في قائمة المشاركين</numerusform>
            <numerusform>%n مشارك محدد في قائمة المشاركين</numerusform>
        </translation>
    </message>
    <message>
        <source>Also &amp;reprint badges that were printed before</source>
        <translation>إعادة &amp;طباعة الشارات المطبوعة من قبل أيضاً</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لفائدة</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <source>&amp;Make PDF</source>
        <translation>&amp;إنشاء ملف PDF</translation>
    </message>
    <message>
        <source>Badge PDF</source>
        <translation>ملف PDF للشارات</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera preview</source>
        <translation>معاينة الكاميرا</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
</context>
<context>
    <name>CameraWorker</name>
    <message>
        <source>The camera sends no picture</source>
        <extracomment>What the worker reads: an iterator of (media time in seconds, BGR numpy frame). A downscaled preview and the outlines (lists of QPointF, preview coordinates) of codes in it. Fires on the worker thread (delivered queued to the GUI), at most ``PREVIEW_FPS`` per second. A new scan of a code (debounced: a held badge is one scan), with the frame&apos;s media time. Fires on the worker thread. The camera could not be opened or stopped delivering; one sentence. Worker thread. Frames are arriving (after start or after a recovered error). Worker thread. ``run()`` returned (stopped, or a finite source ended). Worker thread.</extracomment>
        <translation>الكاميرا لا ترسل أي صورة</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Certificates of attendance</source>
        <translation>شهادات الحضور</translation>
    </message>
    <message>
        <source>none (arriving is enough)</source>
        <translation>لا شيء (يكفي الحضور)</translation>
    </message>
    <message>
        <source>Sessions attended at least</source>
        <translation>الجلسات المحضورة على الأقل</translation>
    </message>
    <message>
        <source>Nobody attended enough to get a certificate.</source>
        <translation>لم يحضر أحد بما يكفي للحصول على شهادة.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), one page each, only for people who attended.</source>
        <translation>
            <numerusform>لا شهادات (%n)، فقط لمن حضروا.</numerusform>
            <numerusform>شهادة واحدة (%n)، صفحة واحدة، فقط لمن حضروا.</numerusform>
            <numerusform>شهادتان (%n)، صفحة لكل منهما، فقط لمن حضروا.</numerusform>
            <numerusform>%n شهادات، صفحة لكل شهادة، فقط لمن حضروا.</numerusform>
            <numerusform>%n شهادة، صفحة لكل شهادة، فقط لمن حضروا.</numerusform>
            <numerusform>%n شهادة، صفحة لكل شهادة، فقط لمن حضروا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Which column is which? — %1</source>
        <translation>ما محتوى كل عمود؟ — %1</translation>
    </message>
    <message>
        <source>The columns of this file were not recognised with confidence. Say what each holds; at least one must be a name. The choice is remembered for files with the same columns.</source>
        <translation>لم يتم التعرّف على أعمدة هذا الملف بثقة. حدّد محتوى كل عمود؛ يجب أن يكون أحدها على الأقل اسمًا. يُحفظ هذا الاختيار للملفات التي لها الأعمدة نفسها.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>يحتوي على</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>اختر العمود الذي يحتوي على الاسم.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts between stations</source>
        <extracomment>The rows are on screen (carries their number). GUI thread.</extracomment>
        <translation>التعارضات بين المحطات</translation>
    </message>
    <message>
        <source>Both check-ins of a double admission stay in the export; the person counts once. checkin export also writes these rows to conflicts.csv.</source>
        <translation>يبقى تسجيلا الدخول المزدوج كلاهما في التصدير، ويُحتسب الشخص مرة واحدة. يكتب checkin export هذه الصفوف أيضًا في conflicts.csv.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Reading the merged records…</source>
        <translation>جارٍ قراءة السجلات المدمجة…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) in the records merged so far.</source>
        <translation>
            <numerusform>لا تعارض في السجلات المدمجة حتى الآن.</numerusform>
            <numerusform>تعارض واحد في السجلات المدمجة حتى الآن.</numerusform>
            <numerusform>تعارضان في السجلات المدمجة حتى الآن.</numerusform>
            <numerusform>%n تعارضات في السجلات المدمجة حتى الآن.</numerusform>
            <numerusform>%n تعارضًا في السجلات المدمجة حتى الآن.</numerusform>
            <numerusform>%n تعارض في السجلات المدمجة حتى الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts in the records merged so far.</source>
        <translation>لا توجد تعارضات في السجلات المدمجة حتى الآن.</translation>
    </message>
    <message>
        <source>Could not read the conflicts: %1</source>
        <translation>تعذّرت قراءة التعارضات: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Station A</source>
        <translation>المحطة أ</translation>
    </message>
    <message>
        <source>Time A</source>
        <translation>الوقت أ</translation>
    </message>
    <message>
        <source>Station B</source>
        <translation>المحطة ب</translation>
    </message>
    <message>
        <source>Time B</source>
        <translation>الوقت ب</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Arrived out of expected</source>
        <extracomment>New figures are on screen (carries the ``DashboardFigures``). GUI thread.</extracomment>
        <translation>الحاضرون من أصل المنتظرين</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>حاضرون</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المنتظرون</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الحاضرون الآن</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>المقبولون</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>حسب الجلسة</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>تعذّرت قراءة الأرقام: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) registered</source>
        <translation>
            <numerusform>لا أحد سُجّل في عين المكان</numerusform>
            <numerusform>مشارك واحد سُجّل في عين المكان</numerusform>
            <numerusform>مشاركان سُجّلا في عين المكان</numerusform>
            <numerusform>%n مشاركين سُجّلوا في عين المكان</numerusform>
            <numerusform>%n مشاركاً سُجّلوا في عين المكان</numerusform>
            <numerusform>%n مشارك سُجّلوا في عين المكان</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(بدون)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>ممتلئة</translation>
    </message>
    <message>
        <source>Almost full</source>
        <translation>شبه ممتلئة</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>ملف PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF</source>
        <translation>&amp;حفظ PDF</translation>
    </message>
    <message>
        <source>Reading the event file…</source>
        <translation>جارٍ قراءة ملف الحدث…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export CSV files</source>
        <translation>تصدير ملفات CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <source>Comma (English Excel, LibreOffice)</source>
        <translation>فاصلة (Excel الإنجليزي، LibreOffice)</translation>
    </message>
    <message>
        <source>Semicolon (French Excel)</source>
        <translation>فاصلة منقوطة (Excel الفرنسي)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <source>Let other users of this computer read the files</source>
        <translation>السماح لمستخدمي هذا الحاسوب الآخرين بقراءة الملفات</translation>
    </message>
    <message>
        <source>The files hold names and e-mail addresses. Unticked, only you can read them; tick it to put them in a folder shared with colleagues.</source>
        <translation>تحتوي الملفات على أسماء وعناوين بريد إلكتروني. إذا لم يتم التحديد فأنت وحدك من يستطيع قراءتها؛ حدّد الخيار لوضعها في مجلد مشترك مع زملائك.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>مجلد التصدير</translation>
    </message>
</context>
<context>
    <name>FrontDeskPanel</name>
    <message>
        <source>Reprint badge</source>
        <extracomment>A decision was shown on this panel&apos;s card. GUI thread.</extracomment>
        <translation>إعادة طباعة الشارة</translation>
    </message>
    <message>
        <source>Walk-in (F5)</source>
        <translation>تسجيل في عين المكان (F5)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>التراجع عن الأخير (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Save the badge as PDF…</source>
        <translation>حفظ الشارة بصيغة PDF…</translation>
    </message>
    <message>
        <source>Find by name (F2)</source>
        <translation>البحث بالاسم (F2)</translation>
    </message>
    <message>
        <source>Scan or find the person first, then reprint.</source>
        <translation>امسح شارة الشخص أو ابحث عنه أولاً، ثم أعد الطباعة.</translation>
    </message>
    <message>
        <source>Badge of {name} saved as {file}.</source>
        <translation>حُفظت شارة {name} في {file}.</translation>
    </message>
    <message>
        <source>The badge of {name} was already printed at {time} at {station}. Print again?</source>
        <translation>سبقت طباعة شارة {name} على الساعة {time} في {station}. هل تريد طباعتها مرة أخرى؟</translation>
    </message>
    <message>
        <source>The badge of {name} was NOT printed: {error}.</source>
        <translation>لم تُطبع شارة {name}: {error}.</translation>
    </message>
    <message>
        <source>Badge of {name} printed on {printer}.</source>
        <translation>طُبعت شارة {name} على {printer}.</translation>
    </message>
    <message>
        <source>Badge of {name} printed.</source>
        <translation>طُبعت شارة {name}.</translation>
    </message>
    <message>
        <source>Save the badge as PDF</source>
        <translation>حفظ الشارة بصيغة PDF</translation>
    </message>
    <message>
        <source>in since {time}</source>
        <translation>حاضر منذ {time}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>لم يُسجَّل</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>يرجى المحاولة مرة أخرى</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>سجل %1</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>طُبعت الشارة</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Badge revoked</source>
        <translation>أُلغيت الشارة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Undo the selected check-in…</source>
        <translation>&amp;إلغاء تسجيل الحضور المحدد…</translation>
    </message>
    <message>
        <source>Entrance</source>
        <translation>المدخل</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this attendee.</source>
        <translation>لم يُسجَّل أي شيء لهذا المشارك بعد.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview — %1</source>
        <translation>معاينة الاستيراد — %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped:</source>
        <translation>
            <numerusform>لن يُتجاهل أي سطر:</numerusform>
            <numerusform>سيُتجاهل سطر واحد:</numerusform>
            <numerusform>سيُتجاهل سطران:</numerusform>
            <numerusform>ستُتجاهل %n أسطر:</numerusform>
            <numerusform>سيُتجاهل %n سطراً:</numerusform>
            <numerusform>سيُتجاهل %n سطر:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) to check</source>
        <translation>
            <numerusform>… و%n سطر آخر للتحقق</numerusform>
            <numerusform>… وسطر آخر للتحقق</numerusform>
            <numerusform>… وسطران آخران للتحقق</numerusform>
            <numerusform>… و%n أسطر أخرى للتحقق</numerusform>
            <numerusform>… و%n سطرًا آخر للتحقق</numerusform>
            <numerusform>… و%n سطر آخر للتحقق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>The PIN must be at least {n} digits.</source>
        <translation>يجب أن يتكون الرمز السري من {n} أرقام على الأقل.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {s} seconds.</source>
        <translation>عدد كبير من الرموز الخاطئة. أعد المحاولة بعد {s} ثانية.</translation>
    </message>
    <message>
        <source>Wrong PIN: kiosk mode stays on.</source>
        <translation>رمز سري خاطئ: يبقى وضع الكشك مفعّلاً.</translation>
    </message>
    <message>
        <source>Kiosk mode needs an organiser PIN. Without one the app does not start.</source>
        <translation>يحتاج وضع الكشك إلى رمز سري للمنظم. بدونه لا يبدأ التطبيق.</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Organiser PIN:</source>
        <translation>الرمز السري للمنظم:</translation>
    </message>
    <message>
        <source>Set the organiser PIN</source>
        <translation>تحديد الرمز السري للمنظم</translation>
    </message>
    <message>
        <source>Kiosk mode needs an organiser PIN to leave it.
Choose a PIN (at least {n} digits):</source>
        <translation>يتطلب الخروج من وضع الكشك رمزاً سرياً للمنظم.
اختر رمزاً سرياً ({n} أرقام على الأقل):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>الرمز السري نفسه مرة أخرى:</translation>
    </message>
    <message>
        <source>The two PINs differ; kiosk mode was not switched on.</source>
        <translation>الرمزان مختلفان؛ لم يُفعَّل وضع الكشك.</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>وضع الكشك</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>checkin — {event}</source>
        <translation>checkin — {event}</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Session room</source>
        <translation>قاعة الجلسة</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Camera off (started with --no-camera). The USB scanner and name search work.</source>
        <translation>الكاميرا متوقفة (التشغيل مع ‎--no-camera). قارئ USB والبحث بالاسم يعملان.</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>الكاميرا: متوقفة</translation>
    </message>
    <message>
        <source>Backup failed: {why}</source>
        <translation>فشل النسخ الاحتياطي: {why}</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>الكاميرا: جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>{problem}
Retrying by itself. The USB scanner and name search still work.</source>
        <translation>{problem}
تُعاد المحاولة تلقائياً. قارئ USB والبحث بالاسم ما زالا يعملان.</translation>
    </message>
    <message>
        <source>Camera: not available</source>
        <translation>الكاميرا: غير متاحة</translation>
    </message>
    <message>
        <source>Camera: on</source>
        <translation>الكاميرا: تعمل</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>ال&amp;مكتب</translation>
    </message>
    <message>
        <source>&amp;Find by name</source>
        <translation>ال&amp;بحث بالاسم</translation>
    </message>
    <message>
        <source>&amp;Walk-in registration…</source>
        <translation>&amp;تسجيل في عين المكان…</translation>
    </message>
    <message>
        <source>&amp;Reprint badge…</source>
        <translation>إ&amp;عادة طباعة الشارة…</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in…</source>
        <translation>ال&amp;تراجع عن آخر تسجيل حضور…</translation>
    </message>
    <message>
        <source>&amp;Camera source…</source>
        <translation>م&amp;صدر الكاميرا…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (organiser PIN to leave)</source>
        <translation>وضع ال&amp;كشك (الرمز السري للمنظم للخروج)</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>مصدر الكاميرا</translation>
    </message>
    <message>
        <source>Camera number (0, 1, …) or a video file:</source>
        <translation>رقم الكاميرا (0، 1، …) أو ملف فيديو:</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>فتح حدث</translation>
    </message>
    <message>
        <source>Could not start the app on {file}.</source>
        <translation>تعذّر تشغيل التطبيق على {file}.</translation>
    </message>
    <message>
        <source>Station {station} · {event}</source>
        <translation>المحطة {station} · {event}</translation>
    </message>
    <message>
        <source>KIOSK (F11 + PIN to leave)</source>
        <translation>كشك (F11 + الرمز السري للخروج)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)…</source>
        <translation>
            <numerusform>لا تعارض…</numerusform>
            <numerusform>تعارض واحد…</numerusform>
            <numerusform>تعارضان…</numerusform>
            <numerusform>%n تعارضات…</numerusform>
            <numerusform>%n تعارضًا…</numerusform>
            <numerusform>%n تعارض…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiserMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>حدث &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open event file…</source>
        <translation>&amp;فتح ملف حدث…</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup…</source>
        <translation>ا&amp;سترجاع آخر نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;محو البيانات الشخصية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>&amp;Attendees (CSV)…</source>
        <translation>ال&amp;مشاركون (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Sessions (CSV)…</source>
        <translation>ال&amp;جلسات (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Who may enter a session (CSV)…</source>
        <translation>&amp;من يحق له دخول جلسة (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Export CSV files…</source>
        <translation>&amp;تصدير ملفات CSV…</translation>
    </message>
    <message>
        <source>&amp;Conflicts between stations…</source>
        <translation>ال&amp;تعارضات بين المحطات…</translation>
    </message>
    <message>
        <source>&amp;Badges</source>
        <translation>ال&amp;شارات</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>S&amp;ync folder…</source>
        <translation>م&amp;جلد المزامنة…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Log file…</source>
        <translation>&amp;ملف السجل…</translation>
    </message>
    <message>
        <source>Import attendees</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>استيراد الجلسات</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import the sessions first.</source>
        <translation>استورد الجلسات أولاً.</translation>
    </message>
    <message>
        <source>Who may enter a session</source>
        <translation>من يحق له دخول جلسة</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>الجلسة:</translation>
    </message>
    <message>
        <source>List of %1</source>
        <translation>قائمة %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>ستُستخدم اللغة الجديدة عند التشغيل القادم للتطبيق.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Attendance report</source>
        <translation>تقرير الحضور</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), with every station merged so far.</source>
        <translation>
            <numerusform>%n صفحة، مع جميع المحطات المدمجة حتى الآن.</numerusform>
            <numerusform>صفحة واحدة (%n)، مع جميع المحطات المدمجة حتى الآن.</numerusform>
            <numerusform>صفحتان (%n)، مع جميع المحطات المدمجة حتى الآن.</numerusform>
            <numerusform>%n صفحات، مع جميع المحطات المدمجة حتى الآن.</numerusform>
            <numerusform>%n صفحة، مع جميع المحطات المدمجة حتى الآن.</numerusform>
            <numerusform>%n صفحة، مع جميع المحطات المدمجة حتى الآن.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Ready: show a badge to the camera</source>
        <extracomment>How long a result stays before the card goes back to &quot;ready&quot; (a new scan replaces it at once), unless the station&apos;s settings say otherwise (``HOLD_KEY``, whole seconds). The card went back to its idle state. GUI thread.</extracomment>
        <translation>جاهز: اعرض شارة أمام الكاميرا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Find by name (2 letters or more)…</source>
        <extracomment>A person was chosen (click, double-click or Enter): their attendee id. GUI thread. The result list was refreshed (tests wait for it). GUI thread. A badge-shaped code was typed or pasted and confirmed with Enter. GUI thread. Undo was asked for on a result (context menu): the attendee id. GUI thread.</extracomment>
        <translation>البحث بالاسم (حرفان أو أكثر)…</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <source>Matching people</source>
        <translation>الأشخاص المطابقون</translation>
    </message>
    <message>
        <source>Type at least 2 letters of a name.</source>
        <translation>اكتب حرفين على الأقل من الاسم.</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>لا أحد يطابق «{text}».</translation>
    </message>
    <message>
        <source>More people match: type more letters.</source>
        <translation>يوجد أشخاص آخرون مطابقون: اكتب أحرفاً إضافية.</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(ملغى)</translation>
    </message>
    <message>
        <source>Undo this person&apos;s check-in…</source>
        <translation>إلغاء تسجيل هذا الشخص…</translation>
    </message>
</context>
<context>
    <name>SessionRoomPanel</name>
    <message>
        <source>Session</source>
        <extracomment>Settings key: a session entry of someone who never passed the entrance counts as their arrival. A decision was shown on this panel&apos;s card. GUI thread.</extracomment>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>ال&amp;جلسة:</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>الدخول</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>الخروج</translation>
    </message>
    <message>
        <source>Scans record people coming in</source>
        <translation>يسجّل المسح الأشخاص الداخلين</translation>
    </message>
    <message>
        <source>Scans record people leaving (optional exit scans)</source>
        <translation>يسجّل المسح الأشخاص الخارجين (مسح الخروج اختياري)</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>الأشخاص الحاضرون</translation>
    </message>
    <message>
        <source>No badge? Find by name…</source>
        <translation>لا توجد شارة؟ ابحث بالاسم…</translation>
    </message>
    <message>
        <source>Outside the session&apos;s admission time or after leaving, or a full or closed session: admit this person all the same, with a reason and the organiser PIN</source>
        <translation>خارج وقت الدخول إلى الجلسة أو بعد المغادرة، أو جلسة ممتلئة أو مغلقة: السماح بدخول هذا الشخص رغم ذلك، مع ذكر السبب والرمز السري للمنظّم</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>التراجع عن الأخير (Ctrl+Z)</translation>
    </message>
    <message>
        <source>(on invitation)</source>
        <translation>(بدعوة)</translation>
    </message>
    <message>
        <source>No sessions in this event yet: import them from the menu.</source>
        <translation>لا توجد جلسات في هذا الحدث بعد: استوردها من القائمة.</translation>
    </message>
    <message>
        <source>Choose a session first</source>
        <translation>اختر جلسة أولاً</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>لم يُسجَّل</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>يرجى المحاولة مرة أخرى</translation>
    </message>
    <message>
        <source>Set an organiser PIN in Settings to admit {name} to a full or closed session.</source>
        <translation>عيّن رمزًا سريًا للمنظّم في الإعدادات للسماح بدخول {name} إلى جلسة ممتلئة أو مغلقة.</translation>
    </message>
    <message>
        <source>Wrong organiser PIN: {name} was not admitted.</source>
        <translation>رمز سري خاطئ: لم يُسمح بدخول {name}.</translation>
    </message>
    <message>
        <source>Give a reason to admit {name} anyway.</source>
        <translation>اذكر سبباً للسماح بدخول {name} رغم ذلك.</translation>
    </message>
    <message>
        <source>{name} admitted by a supervisor: {reason}</source>
        <translation>سُمح بدخول {name} بإذن من المشرف: {reason}</translation>
    </message>
    <message>
        <source>Admit anyway</source>
        <translation>السماح بالدخول رغم ذلك</translation>
    </message>
    <message>
        <source>Organiser PIN to admit {name}:</source>
        <translation>الرمز السري للمنظم للسماح بدخول {name}:</translation>
    </message>
    <message>
        <source>Why admit {name} anyway? (kept in the record)</source>
        <translation>لماذا السماح بدخول {name} رغم ذلك؟ (يُحفظ في السجل)</translation>
    </message>
    <message>
        <source>Present: {n} of {cap}</source>
        <translation>الحاضرون: {n} من {cap}</translation>
    </message>
    <message>
        <source>Present: {n}</source>
        <translation>الحاضرون: {n}</translation>
    </message>
    <message>
        <source>FULL: the room has reached its capacity. Nobody else may enter.</source>
        <translation>ممتلئة: بلغت القاعة سعتها القصوى. لا يمكن لأي شخص آخر الدخول.</translation>
    </message>
    <message>
        <source>Almost full: {left} place(s) left.</source>
        <translation>شبه ممتلئة: بقي {left} مقعد (مقاعد).</translation>
    </message>
    <message>
        <source>Scanning people LEAVING</source>
        <translation>مسح الأشخاص الخارجين</translation>
    </message>
    <message>
        <source>Ready: show a badge to the camera</source>
        <translation>جاهز: اعرض شارة أمام الكاميرا</translation>
    </message>
    <message>
        <source>Admit anyway (organiser)</source>
        <translation>السماح بالدخول رغم ذلك (المنظّم)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>اسم المحطة</translation>
    </message>
    <message>
        <source>Larger text (readable from further away)</source>
        <translation>نص أكبر (مقروء من مسافة أبعد)</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>طابعة الشارات</translation>
    </message>
    <message>
        <source>None (save badges as PDF)</source>
        <translation>لا شيء (حفظ الشارات بصيغة PDF)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (غير متصلة)</translation>
    </message>
    <message>
        <source>Badge size</source>
        <translation>مقاس الشارة</translation>
    </message>
    <message>
        <source>Print the badge at check-in when it was never printed</source>
        <translation>طباعة الشارة عند تسجيل الحضور إذا لم تُطبع من قبل</translation>
    </message>
    <message>
        <source>Current organiser PIN</source>
        <translation>الرمز السري الحالي للمنظم</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Result shown for</source>
        <translation>مدة عرض النتيجة</translation>
    </message>
    <message>
        <source>Entering a session counts as arriving at the event</source>
        <translation>الدخول إلى جلسة يُحتسب وصولاً إلى الحدث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>New organiser PIN</source>
        <translation>رمز سري جديد للمنظم</translation>
    </message>
    <message>
        <source>New organiser PIN again</source>
        <translation>الرمز السري الجديد للمنظم مرة أخرى</translation>
    </message>
    <message>
        <source>None (backups only beside the event file)</source>
        <translation>لا شيء (النسخ الاحتياطية بجانب ملف الحدث فقط)</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>مجلد النسخ الاحتياطي الثاني</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>الرمز السري مرة أخرى</translation>
    </message>
    <message>
        <source>The PIN is asked for to leave kiosk mode. A new language applies the next time the app starts.</source>
        <translation>يُطلب الرمز السري للخروج من وضع الكشك. تُطبَّق اللغة الجديدة عند التشغيل القادم للتطبيق.</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>يجب أن يكون للمحطة اسم.</translation>
    </message>
    <message>
        <source>Type the current organiser PIN to change it.</source>
        <translation>أدخل الرمز السري الحالي للمنظم لتغييره.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>الرمزان السريان مختلفان.</translation>
    </message>
    <message>
        <source>The PIN must be at least %1 digits.</source>
        <translation>يجب أن يتكون الرمز السري من %1 أرقام على الأقل.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>checkin — start</source>
        <translation>checkin — البدء</translation>
    </message>
    <message>
        <source>No event is open on this computer yet.</source>
        <translation>لا يوجد حدث مفتوح على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>Try the &amp;demo event (with a simulated camera)</source>
        <translation>تجربة الحدث ال&amp;تجريبي (بكاميرا محاكاة)</translation>
    </message>
    <message>
        <source>e.g. Migration and employment seminar</source>
        <translation>مثلاً: ندوة الهجرة والتشغيل</translation>
    </message>
    <message>
        <source>&amp;Create the event</source>
        <translation>&amp;إنشاء الحدث</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>إنشاء حدث</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Join an event… (a station package from the organisers)</source>
        <translation>الا&amp;نضمام إلى فعالية… (حزمة محطة من المنظمين)</translation>
    </message>
    <message>
        <source>&amp;Open an event file…</source>
        <translation>&amp;فتح ملف حدث…</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>أعطِ الحدث اسماً.</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>فتح ملف حدث</translation>
    </message>
    <message>
        <source>That file holds no event.</source>
        <translation>لا يحتوي هذا الملف على أي حدث.</translation>
    </message>
    <message>
        <source>Join an event: the station package</source>
        <translation>الانضمام إلى فعالية: حزمة المحطة</translation>
    </message>
    <message>
        <source>Where to keep the event file of %1</source>
        <translation>أين يُحفظ ملف الفعالية الخاص بـ %1</translation>
    </message>
    <message>
        <source>%1 is not an event file; choose a new file name.</source>
        <translation>%1 ليس ملف فعالية؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>%1 already holds another event (%2); choose a new file name.</source>
        <translation>يحتوي %1 بالفعل على فعالية أخرى (%2)؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>تعذّر الانضمام: %1</translation>
    </message>
    <message>
        <source>%1 is not a checkin station package. Ask the organisers for this station&apos;s package (made with “checkin package”).</source>
        <translation>%1 ليس حزمة محطة checkin. اطلب من المنظمين حزمة هذه المحطة (تُنشأ بالأمر «checkin package»).</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>Every few seconds this station writes its own journal into the folder and merges the journals of the other stations found there. Use a folder kept in step by Syncthing, a network share or a USB stick; never the folder of the event file.</source>
        <translation>كل بضع ثوانٍ تكتب هذه المحطة سجلها الخاص في المجلد وتدمج سجلات المحطات الأخرى الموجودة فيه. استخدم مجلدًا تزامنه Syncthing أو مشاركة شبكية أو مفتاح USB، ولا تستخدم أبدًا مجلد ملف الفعالية.</translation>
    </message>
    <message>
        <source>No sync folder: this station works alone</source>
        <translation>لا يوجد مجلد مزامنة: تعمل هذه المحطة بمفردها</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Stop syncing</source>
        <translation>إي&amp;قاف المزامنة</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>لا يوجد مجلد %1.</translation>
    </message>
    <message>
        <source>The event file is inside %1. A synced event file gets corrupted: choose a folder that holds only the journals, away from the event file.</source>
        <translation>ملف الفعالية موجود داخل %1. ملف الفعالية الذي تتم مزامنته يتلف: اختر مجلدًا لا يحتوي إلا على السجلات، بعيدًا عن ملف الفعالية.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Not syncing.</source>
        <translation>المزامنة متوقفة.</translation>
    </message>
    <message>
        <source>Sync: first pass…</source>
        <translation>المزامنة: المرور الأول…</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>مجلد المزامنة: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>تمت المزامنة في %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other station(s) seen</source>
        <translation>
            <numerusform>لم تُرَ أي محطة أخرى</numerusform>
            <numerusform>رُئيت محطة أخرى واحدة</numerusform>
            <numerusform>رُئيت محطتان أخريان</numerusform>
            <numerusform>رُئيت %n محطات أخرى</numerusform>
            <numerusform>رُئيت %n محطة أخرى</numerusform>
            <numerusform>رُئيت %n محطة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not merged yet</source>
        <translation>
            <numerusform>لا سجلات غير مدمجة</numerusform>
            <numerusform>سجل واحد لم يُدمج بعد</numerusform>
            <numerusform>سجلان لم يُدمجا بعد</numerusform>
            <numerusform>%n سجلات لم تُدمج بعد</numerusform>
            <numerusform>%n سجلًا لم يُدمج بعد</numerusform>
            <numerusform>%n سجل لم يُدمج بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>لا مشكلة: %1</numerusform>
            <numerusform>مشكلة واحدة: %1</numerusform>
            <numerusform>مشكلتان: %1</numerusform>
            <numerusform>%n مشكلات: %1</numerusform>
            <numerusform>%n مشكلة: %1</numerusform>
            <numerusform>%n مشكلة: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: the folder %1 is not reachable (USB stick or share removed?)</source>
        <translation>المزامنة: لا يمكن الوصول إلى المجلد %1 (هل أُزيل مفتاح USB أو المشاركة؟)</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>فشلت المزامنة: %1</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>تسجيل مشارك في عين المكان</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>الاسم ال&amp;شخصي</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>الاسم ال&amp;عائلي</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ال&amp;بريد الإلكتروني</translation>
    </message>
    <message>
        <source>Register, check in and print badge</source>
        <translation>التسجيل وتسجيل الحضور وطباعة الشارة</translation>
    </message>
    <message>
        <source>Give at least a first or a last name.</source>
        <translation>أدخل الاسم الشخصي أو الاسم العائلي على الأقل.</translation>
    </message>
    <message>
        <source>That email address looks wrong.</source>
        <translation>يبدو أن عنوان البريد الإلكتروني هذا غير صحيح.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Event already open</source>
        <translation>الحدث مفتوح بالفعل</translation>
    </message>
</context>
<context>
    <name>badge_dialog</name>
    <message>
        <source>A4 sheet, 8 badges of 90 × 54 mm</source>
        <extracomment>Opening the finished PDF in the system viewer (tests replace it).</extracomment>
        <translation>ورقة A4، ‏8 شارات بمقاس 90 × 54 مم</translation>
    </message>
    <message>
        <source>A6, one badge per page</source>
        <translation>A6، شارة واحدة في كل صفحة</translation>
    </message>
    <message>
        <source>Card printer (CR80, 86 × 54 mm)</source>
        <translation>طابعة بطاقات (CR80، ‏86 × 54 مم)</translation>
    </message>
    <message>
        <source>Every chosen badge was printed before ({n}); tick “reprint” to print them again.</source>
        <translation>سبقت طباعة كل الشارات المختارة ({n})؛ فعّل «إعادة الطباعة» لطباعتها مجدداً.</translation>
    </message>
    <message>
        <source>Making badges…</source>
        <translation>جارٍ إنشاء الشارات…</translation>
    </message>
    <message>
        <source>Badges not printed</source>
        <translation>لم تُطبع الشارات</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>طباعة الشارات</translation>
    </message>
    <message>
        <source>Choose a PDF file.</source>
        <translation>اختر ملف PDF.</translation>
    </message>
    <message>
        <source>&amp;Print badges (PDF)…</source>
        <translation>&amp;طباعة الشارات (PDF)…</translation>
    </message>
</context>
<context>
    <name>column_mapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>رمز التذكرة</translation>
    </message>
    <message>
        <source>Paid (yes/no)</source>
        <translation>مدفوع (نعم/لا)</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>Admitted at two stations</source>
        <translation>قُبل في محطتين</translation>
    </message>
    <message>
        <source>Admitted after an undo at another station</source>
        <translation>قُبل بعد إلغاء في محطة أخرى</translation>
    </message>
    <message>
        <source>A station&apos;s clock is off</source>
        <translation>ساعة إحدى المحطات غير مضبوطة</translation>
    </message>
    <message>
        <source>Same walk-in registered twice</source>
        <translation>التسجيل نفسه في المكان سُجّل مرتين</translation>
    </message>
    <message>
        <source>Two walk-ins drew the same badge code</source>
        <translation>حصل تسجيلان في المكان على رمز الشارة نفسه</translation>
    </message>
</context>
<context>
    <name>event_files</name>
    <message>
        <source>Could not start the app on %1.</source>
        <translation>تعذّر تشغيل التطبيق على %1.</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>فتح حدث</translation>
    </message>
    <message>
        <source>New event file</source>
        <translation>ملف حدث جديد</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <source>Name of the event:</source>
        <translation>اسم الحدث:</translation>
    </message>
    <message>
        <source>%1 already holds an event; choose another file.</source>
        <translation>يحتوي %1 على حدث بالفعل؛ اختر ملفاً آخر.</translation>
    </message>
    <message>
        <source>Open event file</source>
        <translation>فتح ملف حدث</translation>
    </message>
    <message>
        <source>%1 is not a checkin event file.</source>
        <translation>%1 ليس ملف حدث checkin.</translation>
    </message>
</context>
<context>
    <name>event_lock</name>
    <message>
        <source>process {pid} on {host}</source>
        <translation>العملية {pid} على {host}</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>برنامج آخر</translation>
    </message>
    <message>
        <source>{file} is already open in another checkin window ({who}).
Use that window, or close it first. Nothing was changed.</source>
        <translation>{file} مفتوح بالفعل في نافذة checkin أخرى ({who}).
استخدم تلك النافذة أو أغلقها أولاً. لم يتغير أي شيء.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>Written in %1:</source>
        <translation>كُتبت في %1:</translation>
    </message>
    <message>
        <source>Other users of this computer can read these files.</source>
        <translation>يستطيع مستخدمو هذا الحاسوب الآخرون قراءة هذه الملفات.</translation>
    </message>
    <message>
        <source>Only you can read these files: they hold personal data.</source>
        <translation>أنت وحدك من يستطيع قراءة هذه الملفات: فهي تحتوي على بيانات شخصية.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
</context>
<context>
    <name>file_care</name>
    <message>
        <source>The event file cannot be used</source>
        <translation>لا يمكن استخدام ملف الحدث</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>استرجاع آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>There is no backup of this event file yet.</source>
        <translation>لا توجد بعد أي نسخة احتياطية لملف الحدث هذا.</translation>
    </message>
    <message>
        <source>Replace the event file with the backup %1?

Check-ins recorded since that backup are not in it. The current file is kept beside it (…replaced-…).</source>
        <translation>هل تريد استبدال ملف الحدث بالنسخة الاحتياطية %1؟

تسجيلات الحضور التي تمت بعد هذه النسخة غير موجودة فيها. يُحتفظ بالملف الحالي بجانبه (…replaced-…).</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <source>Set an organiser PIN in Settings first: erasing the personal data is behind it.</source>
        <translation>عيّن أولاً رمزاً سرياً للمنظم في الإعدادات: محو البيانات الشخصية محمي به.</translation>
    </message>
    <message>
        <source>Organiser PIN:</source>
        <translation>الرمز السري للمنظم:</translation>
    </message>
    <message>
        <source>Wrong PIN. Nothing was erased.</source>
        <translation>رمز سري خاطئ. لم يُمحَ أي شيء.</translation>
    </message>
    <message>
        <source>Erase every name, e-mail, organisation and badge of this event, and its backups? This cannot be undone.</source>
        <translation>هل تريد محو كل الأسماء وعناوين البريد الإلكتروني والمؤسسات والشارات الخاصة بهذا الحدث ونسخه الاحتياطية؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Keep anonymous counts (arrivals, categories, sessions)</source>
        <translation>الاحتفاظ بأرقام مجهولة الهوية (الوصول، الفئات، الجلسات)</translation>
    </message>
    <message>
        <source>The personal data of %1 attendees was erased.</source>
        <translation>تم محو البيانات الشخصية لـ %1 من المشاركين.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>The log file (no names or e-mail addresses in it) is:
%1</source>
        <translation>ملف السجل (لا يحتوي على أسماء أو عناوين بريد إلكتروني) هو:
%1</translation>
    </message>
</context>
<context>
    <name>freshness</name>
    <message>
        <source>Figures from this station only: no other station merged yet.</source>
        <translation>أرقام هذه المحطة فقط: لم تُدمج أي محطة أخرى بعد.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Stations merged: %1</source>
        <translation>المحطات المدمجة: %1</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System language</source>
        <extracomment>QSettings key holding the chosen language (&quot;&quot; = the system&apos;s).</extracomment>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Would add %1, update %2, leave %3 unchanged and skip %4.</source>
        <translation>سيُضاف %1، ويُحدَّث %2، ويبقى %3 دون تغيير، ويُتجاهل %4.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, left %3 unchanged and skipped %4.</source>
        <translation>أُضيف %1، وحُدِّث %2، وبقي %3 دون تغيير، وتُجوهل %4.</translation>
    </message>
    <message>
        <source>Would remove %1.</source>
        <translation>سيُحذف %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>حُذف %1.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <source>Read as %1, %2-separated.</source>
        <translation>قُرئ بترميز %1، والفاصل: %2.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>تعذّر استيراد هذا الملف</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>قُرئ بترميز %1.</translation>
    </message>
    <message>
        <source>Recognised as an export of %1.</source>
        <translation>تم التعرّف عليه كتصدير من %1.</translation>
    </message>
</context>
<context>
    <name>long_task</name>
    <message>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>Writing the PDF…</source>
        <translation>جارٍ كتابة ملف PDF…</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>لم يُكتب ملف PDF</translation>
    </message>
    <message>
        <source>Folder for the mail-merge pack</source>
        <translation>مجلد حزمة الدمج البريدي</translation>
    </message>
    <message>
        <source>Mail-merge pack</source>
        <translation>حزمة الدمج البريدي</translation>
    </message>
    <message>
        <source>Written in %1: mailmerge.csv and %2 QR image(s) in qr/.</source>
        <translation>كُتب في %1: mailmerge.csv و%2 صورة QR في qr/.</translation>
    </message>
    <message>
        <source>Writing the mail-merge pack…</source>
        <translation>جارٍ كتابة حزمة الدمج البريدي…</translation>
    </message>
    <message>
        <source>Attendance &amp;report (PDF)…</source>
        <translation>&amp;تقرير الحضور (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Certificates of attendance (PDF)…</source>
        <translation>&amp;شهادات الحضور (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Mail-merge pack (CSV + QR images)…</source>
        <translation>&amp;حزمة الدمج البريدي (CSV + صور QR)…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Preparing the simulated camera…</source>
        <translation>جارٍ تحضير الكاميرا المحاكاة…</translation>
    </message>
</context>
</TS>
