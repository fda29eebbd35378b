package i18n

// The search list (home screen), its filters and sort orders.
const (
	ListPlaceholder Key = "list.placeholder"
	ListColName     Key = "list.col.name"
	ListColFather   Key = "list.col.father"
	ListColID       Key = "list.col.id"
	ListColNumber   Key = "list.col.number"
	ListColCenter   Key = "list.col.center"
	ListColCategory Key = "list.col.category"
	ListColStatus   Key = "list.col.status"
	ListColLastAid  Key = "list.col.last_aid"
	ListCount       Key = "list.count"
	ListRange       Key = "list.range"
	ListNoMatch     Key = "list.no_match"
	ListEmpty       Key = "list.empty"
	ListSearching   Key = "list.searching"
	ListMoreCats    Key = "list.more_cats"

	FilterTitle    Key = "filter.title"
	FilterCenter   Key = "filter.center"
	FilterStatus   Key = "filter.status"
	FilterCategory Key = "filter.category"
	FilterOverdue  Key = "filter.overdue"
	FilterOn       Key = "filter.on"
	FilterOff      Key = "filter.off"
	FilterActive   Key = "filter.active"
	FilterNone     Key = "filter.none"
	FilterHint     Key = "filter.hint"

	SortTitle    Key = "sort.title"
	SortRelevant Key = "sort.relevant"
	SortName     Key = "sort.name"
	SortActivity Key = "sort.activity"
	SortNumber   Key = "sort.number"
	SortLabel    Key = "sort.label"
)

var listMsgs = map[Key]text{
	ListPlaceholder: {"نام، نام پدر، کد ملی، موبایل یا شماره پرونده را بنویسید…", "Type a name, father's name, national code, mobile or file number…"},
	ListColName:     {"نام", "Name"},
	ListColFather:   {"نام پدر", "Father"},
	ListColID:       {"کد ملی/اتباع", "National ID"},
	ListColNumber:   {"پرونده", "File no."},
	ListColCenter:   {"مرکز", "Center"},
	ListColCategory: {"گروه", "Category"},
	ListColStatus:   {"وضعیت", "Status"},
	ListColLastAid:  {"آخرین کمک", "Last aid"},
	ListCount:       {"%d پرونده", "%d files"},
	ListRange:       {"%d–%d از %d", "%d–%d of %d"},
	ListNoMatch:     {"پرونده‌ای با این جستجو پیدا نشد. املای دیگری امتحان کنید یا فیلترها را بردارید.", "No file matches. Try another spelling or clear the filters."},
	ListEmpty:       {"هنوز پرونده‌ای ثبت نشده است. برای ثبت خانوار جدید n را بزنید.", "No files yet. Press n to register a household."},
	ListSearching:   {"در حال جستجو…", "Searching…"},
	ListMoreCats:    {"%s +%d", "%s +%d"},

	FilterTitle:    {"فیلترها", "Filters"},
	FilterCenter:   {"مرکز", "Center"},
	FilterStatus:   {"وضعیت", "Status"},
	FilterCategory: {"گروه", "Category"},
	FilterOverdue:  {"فقط بازدیدهای عقب‌افتاده", "Overdue visits only"},
	FilterOn:       {"بله", "yes"},
	FilterOff:      {"خیر", "no"},
	FilterActive:   {"فیلتر: %s", "filter: %s"},
	FilterNone:     {"بدون فیلتر", "no filter"},
	FilterHint:     {"↑/↓ انتخاب ردیف، ←/→ تغییر مقدار، Enter اعمال، x پاک کردن، Esc بستن", "↑/↓ row, ←/→ change, Enter apply, x clear, Esc close"},

	SortTitle:    {"مرتب‌سازی", "Sort"},
	SortRelevant: {"نزدیک‌ترین به جستجو", "best match"},
	SortName:     {"نام (الفبای فارسی)", "name (Persian order)"},
	SortActivity: {"آخرین فعالیت", "last activity"},
	SortNumber:   {"شماره پرونده", "file number"},
	SortLabel:    {"ترتیب: %s", "sort: %s"},
}
