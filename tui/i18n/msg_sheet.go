package i18n

// File-level faults of a spreadsheet found before an import writes anything
// (store/exchange FormatError codes), and a failed write part-way.
const (
	SheetErrPrefixLine     Key = "sheet.err.line"
	SheetErrEmpty          Key = "sheet.err.empty"
	SheetErrNoCenterColumn Key = "sheet.err.no_center_column"
	SheetErrNoHeader       Key = "sheet.err.no_header"
	SheetErrNoNameColumn   Key = "sheet.err.no_name_column"
	SheetErrNoSheet        Key = "sheet.err.no_sheet"
	SheetErrNotSheet       Key = "sheet.err.not_spreadsheet"
	SheetErrRead           Key = "sheet.err.read"
	SheetErrRunawayQuote   Key = "sheet.err.runaway_quote"
	SheetErrTooManyCenters Key = "sheet.err.too_many_centers"
	SheetErrUndecodable    Key = "sheet.err.undecodable"
	SheetErrUnknownCenter  Key = "sheet.err.unknown_center"
	SheetErrUnterminated   Key = "sheet.err.unterminated_quote"
	SheetErrXLSXBroken     Key = "sheet.err.xlsx_broken"
	SheetErrWrite          Key = "sheet.err.write"
)

var sheetMsgs = map[Key]text{
	SheetErrPrefixLine:     {"خط %d: %s", "line %d: %s"},
	SheetErrEmpty:          {"فایل خالی است. فایل درست را بدهید. چیزی نوشته نشد.", "The file is empty. Give the right file; nothing was written."},
	SheetErrNoCenterColumn: {"برگه ستون مرکز ندارد. با --center مرکز همه ردیف‌ها را بگویید. چیزی نوشته نشد.", "The sheet has no center column. Name the center of all rows with --center; nothing was written."},
	SheetErrNoHeader:       {"سطر سرستون پیدا نشد. سطر نخست برگه باید نام ستون‌ها باشد. چیزی نوشته نشد.", "No header row found. The sheet's first row must name the columns; nothing was written."},
	SheetErrNoNameColumn:   {"برگه ستون نام یا نام خانوادگی ندارد، پس پرونده‌ای نمی‌سازد. سرستون‌ها را بررسی کنید. چیزی نوشته نشد.", "The sheet has no first- or last-name column, so it cannot form files. Check its headers; nothing was written."},
	SheetErrNoSheet:        {"این برگه در فایل XLSX نیست. نام یا شماره برگه را با --sheet درست بدهید.", "That sheet is not in the XLSX file. Give the right name or number with --sheet."},
	SheetErrNotSheet:       {"این فایل CSV یا XLSX نیست. از Excel با «ذخیره به‌صورت CSV UTF-8» یا XLSX خروجی بگیرید. چیزی نوشته نشد.", "This is not a CSV or XLSX file. Save it from Excel as \"CSV UTF-8\" or XLSX; nothing was written."},
	SheetErrRead:           {"خواندن فایل شکست خورد: %s. چیزی نوشته نشد.", "Reading the file failed: %s. Nothing was written."},
	SheetErrRunawayQuote:   {"یک گیومه (\") در خط %d بسته نشده و خط‌های بسیاری را بلعیده است. آن خانه را درست کنید. چیزی نوشته نشد.", "A quote (\") opened on line %d runs on for many lines. Fix that cell; nothing was written."},
	SheetErrTooManyCenters: {"برگه مرکزهای بسیار زیادی نام می‌برد؛ ستون مرکز درست شناخته نشده است. با --center مرکز را بگویید. چیزی نوشته نشد.", "The sheet names far too many centers; its center column is probably wrong. Name the center with --center; nothing was written."},
	SheetErrUndecodable:    {"متن فایل با UTF-8، UTF-16 یا Windows-1256 خوانده نمی‌شود. از Excel با «CSV UTF-8» ذخیره کنید. چیزی نوشته نشد.", "The file's text is not UTF-8, UTF-16 or Windows-1256. Save it from Excel as \"CSV UTF-8\"; nothing was written."},
	SheetErrUnknownCenter:  {"مرکز %s شناخته نیست. --create-centers بدهید یا نام درست را با --center. چیزی نوشته نشد.", "Center %s is not known. Give --create-centers, or the right name with --center; nothing was written."},
	SheetErrUnterminated:   {"گیومه‌ای (\") که در خط %d باز شده تا پایان فایل بسته نشده است؛ فایل ناقص است. چیزی نوشته نشد.", "A quote (\") opened on line %d is never closed; the file is cut short. Nothing was written."},
	SheetErrXLSXBroken:     {"فایل XLSX آسیب دیده یا ناقص است. دوباره از Excel ذخیره کنید. چیزی نوشته نشد.", "The XLSX file is damaged or cut short. Save it again from Excel; nothing was written."},
	SheetErrWrite:          {"ذخیره ردیف‌ها تا خط %d شکست خورد (ردیف‌های پیش از آن ذخیره شده‌اند؛ ورود دوباره آن‌ها را دوباره نمی‌سازد): %s", "Saving the rows up to line %d failed (earlier rows are saved; importing again will not duplicate them): %s"},
}
