package i18n

// The household file screen and the visits-due view. Field labels (Field*)
// are shared by the file overview and the forms.
const (
	FileTabOverview Key = "file.tab.overview"
	FileTabMembers  Key = "file.tab.members"
	FileTabVisits   Key = "file.tab.visits"
	FileTabAid      Key = "file.tab.aid"
	FileTabNotes    Key = "file.tab.notes"
	FileTabLinks    Key = "file.tab.links"
	FileTabHistory  Key = "file.tab.history"
	FileNoVisits    Key = "file.no_visits"
	FileNoAid       Key = "file.no_aid"
	FileNoHistory   Key = "file.no_history"
	FileNoMembers   Key = "file.no_members"
	FileAidTotal    Key = "file.aid_total"
	FileAidYear     Key = "file.aid_year"
	FileNumberOf    Key = "file.number_of"
	FileOwnedBy     Key = "file.owned_by"
	FileReadOnly    Key = "file.read_only"
	FileHistoryLine Key = "file.history_line"
	FileChangeLine  Key = "file.change_line"

	FieldFirstName    Key = "field.first_name"
	FieldLastName     Key = "field.last_name"
	FieldFatherName   Key = "field.father_name"
	FieldGender       Key = "field.gender"
	FieldBirthDate    Key = "field.birth_date"
	FieldNationality  Key = "field.nationality"
	FieldNationalCode Key = "field.national_code"
	FieldForeignID    Key = "field.foreign_id"
	FieldMobile       Key = "field.mobile"
	FieldRelation     Key = "field.relation"
	FieldNumber       Key = "field.number"
	FieldCenter       Key = "field.center"
	FieldStatus       Key = "field.status"
	FieldStatusReason Key = "field.status_reason"
	FieldCategories   Key = "field.categories"
	FieldHousehold    Key = "field.household_size"
	FieldAddress      Key = "field.address"
	FieldNeighborhood Key = "field.neighborhood"
	FieldPhones       Key = "field.phones"
	FieldHousing      Key = "field.housing"
	FieldRent         Key = "field.rent"
	FieldIncome       Key = "field.income"
	FieldNeeds        Key = "field.needs"
	FieldNotes        Key = "field.notes"
	FieldOpenedOn     Key = "field.opened_on"
	FieldHead         Key = "field.head"
	FieldMembers      Key = "field.members"
	FieldDate         Key = "field.date"
	FieldVisitKind    Key = "field.visit_kind"
	FieldFindings     Key = "field.findings"
	FieldNextDue      Key = "field.next_due"
	FieldCaseworker   Key = "field.caseworker"
	FieldAidKind      Key = "field.aid_kind"
	FieldAmount       Key = "field.amount"
	FieldQuantity     Key = "field.quantity"
	FieldDescription  Key = "field.description"
	FieldFunding      Key = "field.funding"
	FieldNote         Key = "field.note"

	DueTitle   Key = "due.title"
	DueOverdue Key = "due.overdue"
	DueToday   Key = "due.today"
	DueInDays  Key = "due.in_days"
	DueLate    Key = "due.late"
	DueNone    Key = "due.none"
)

var fileMsgs = map[Key]text{
	FileTabOverview: {"خلاصه", "Overview"},
	FileTabMembers:  {"اعضا", "Members"},
	FileTabVisits:   {"بازدیدها", "Visits"},
	FileTabAid:      {"کمک‌ها", "Aid"},
	FileTabNotes:    {"یادداشت‌ها", "Notes"},
	FileTabLinks:    {"پیوندها", "Links"},
	FileTabHistory:  {"تاریخچه", "History"},
	FileNoVisits:    {"هنوز بازدیدی ثبت نشده است. برای ثبت بازدید v را بزنید.", "No visits yet. Press v to log one."},
	FileNoAid:       {"هنوز کمکی ثبت نشده است. برای ثبت کمک a را بزنید.", "No aid yet. Press a to record some."},
	FileNoHistory:   {"تاریخچه‌ای نیست.", "No history."},
	FileNoMembers:   {"عضوی ثبت نشده است.", "No members listed."},
	FileAidTotal:    {"جمع: %s", "total: %s"},
	FileAidYear:     {"سال %s: %s", "year %s: %s"},
	FileNumberOf:    {"پرونده %s", "file %s"},
	FileOwnedBy:     {"متعلق به %s", "owned by %s"},
	FileReadOnly:    {"این پرونده از مرکز دیگری است؛ فقط دیدنی است.", "This file belongs to another center; you can only view it."},
	FileHistoryLine: {"%s — %s: %s", "%s — %s: %s"},
	FileChangeLine:  {"%s: «%s» ← «%s»", "%s: “%s” → “%s”"},

	FieldFirstName:    {"نام", "First name"},
	FieldLastName:     {"نام خانوادگی", "Last name"},
	FieldFatherName:   {"نام پدر", "Father's name"},
	FieldGender:       {"جنسیت", "Gender"},
	FieldBirthDate:    {"تاریخ تولد", "Birth date"},
	FieldNationality:  {"تابعیت", "Nationality"},
	FieldNationalCode: {"کد ملی", "National code"},
	FieldForeignID:    {"کد فراگیر اتباع", "Foreign-national no."},
	FieldMobile:       {"موبایل", "Mobile"},
	FieldRelation:     {"نسبت", "Relation"},
	FieldNumber:       {"شماره پرونده", "File number"},
	FieldCenter:       {"مرکز", "Center"},
	FieldStatus:       {"وضعیت", "Status"},
	FieldStatusReason: {"دلیل", "Reason"},
	FieldCategories:   {"گروه‌ها", "Categories"},
	FieldHousehold:    {"بُعد خانوار", "Household size"},
	FieldAddress:      {"نشانی", "Address"},
	FieldNeighborhood: {"محله", "Neighborhood"},
	FieldPhones:       {"تلفن‌ها", "Phones"},
	FieldHousing:      {"مسکن", "Housing"},
	FieldRent:         {"اجاره ماهانه", "Monthly rent"},
	FieldIncome:       {"درآمد ماهانه", "Monthly income"},
	FieldNeeds:        {"نیازها", "Needs"},
	FieldNotes:        {"یادداشت‌ها", "Notes"},
	FieldOpenedOn:     {"تاریخ تشکیل پرونده", "Opened on"},
	FieldHead:         {"سرپرست خانوار", "Head of household"},
	FieldMembers:      {"اعضای خانوار", "Household members"},
	FieldDate:         {"تاریخ", "Date"},
	FieldVisitKind:    {"نوع بازدید", "Visit kind"},
	FieldFindings:     {"یافته‌ها", "Findings"},
	FieldNextDue:      {"بازدید بعدی", "Next visit due"},
	FieldCaseworker:   {"مددکار", "Caseworker"},
	FieldAidKind:      {"نوع کمک", "Aid kind"},
	FieldAmount:       {"مبلغ", "Amount"},
	FieldQuantity:     {"تعداد", "Quantity"},
	FieldDescription:  {"شرح", "Description"},
	FieldFunding:      {"منبع تأمین", "Funding source"},
	FieldNote:         {"توضیح", "Note"},

	DueTitle:   {"بازدیدهای موعددار من", "My visits due"},
	DueOverdue: {"عقب‌افتاده", "overdue"},
	DueToday:   {"امروز", "today"},
	DueInDays:  {"%d روز دیگر", "in %d days"},
	DueLate:    {"%d روز گذشته", "%d days late"},
	DueNone:    {"بازدید موعدداری ندارید.", "No visits due."},
}
