package i18n

import "github.com/parvande/parvande/domain/match"

// Duplicate detection: the dupes command, match bands, fields and reasons.
const (
	CLISumDupes   Key = "cli.sum.dupes"
	CLIUsageDupes Key = "cli.usage.dupes"

	CLIFlagBand        Key = "cli.flag.band"
	CLIFlagDupesCenter Key = "cli.flag.dupes_center"
	CLIFlagDupesFormat Key = "cli.flag.dupes_format"
	CLIFlagTrain       Key = "cli.flag.train"
	CLIFlagOut         Key = "cli.flag.out"

	CLIUnknownBand        Key = "cli.dupes.unknown_band"
	CLIDupesUnknownFormat Key = "cli.dupes.unknown_format"
	CLIProgressDupesLoad  Key = "cli.dupes.progress_load"
	CLIProgressDupesScan  Key = "cli.dupes.progress_scan"
	CLIDupesSummary       Key = "cli.dupes.summary"
	CLIDupesDropped       Key = "cli.dupes.dropped"
	CLIDupesTrained       Key = "cli.dupes.trained"
	CLIDupesWeightsHead   Key = "cli.dupes.weights_head"
	CLIDupesRates         Key = "cli.dupes.rates"
	CLIDupesTableHead     Key = "cli.dupes.table_head"
	CLIDupesWritten       Key = "cli.dupes.written"

	BandNone     Key = "match.band.none"
	BandPossible Key = "match.band.possible"
	BandLikely   Key = "match.band.likely"
	BandCertain  Key = "match.band.certain"

	MatchFieldFirst        Key = "match.field.first"
	MatchFieldLast         Key = "match.field.last"
	MatchFieldFather       Key = "match.field.father"
	MatchFieldBirth        Key = "match.field.birth"
	MatchFieldGender       Key = "match.field.gender"
	MatchFieldNationality  Key = "match.field.nationality"
	MatchFieldNationalCode Key = "match.field.national_code"
	MatchFieldForeignID    Key = "match.field.foreign_id"
	MatchFieldMobile       Key = "match.field.mobile"
	MatchFieldAddress      Key = "match.field.address"
	MatchFieldTitles       Key = "match.field.titles"

	ReasonUnknown Key = "match.reason.unknown"
)

var dupesMsgs = map[Key]text{
	CLISumDupes: {"یافتن خانوارهای تکراری میان مراکز", "list households registered more than once across centers"},
	CLIUsageDupes: {`کاربرد: parvande dupes [--db PATH] [--band possible|likely|certain] [--center NAME] [--format csv|table] [--out FILE]
       parvande dupes [--db PATH] --train

همه جفت پرونده‌هایی را که یک نفر به نظر می‌رسند، در همه مراکز، می‌نویسد:
ref_a,ref_b,file_a,file_b,score,band,reasons
ref شماره ردیف برگه‌ای است که پرونده از آن وارد شده، file شناسه پرونده، score
امتیاز به بیت، band یکی از possible (شاید)، likely (احتمالاً) و certain (قطعی) و
reasons دلیل‌ها. در CSV دلیل‌ها کدهای ثابت‌اند که با ; جدا می‌شوند؛ در جدول به
زبان شما. جفت‌هایی که بازبین «متفاوت» دانسته نمی‌آیند. --band کمترین درجه را
می‌گوید. روی ترمینال نوار پیشرفت روی خروجی خطا نشان داده می‌شود.

--train وزن‌های مقایسه را از خود داده‌ها دوباره برآورد و ذخیره می‌کند، آن‌ها را
(m و u هر سطح هر فیلد) نشان می‌دهد و تمام می‌شود.

نمونه‌ها:
  parvande dupes --format csv --band possible > pairs.csv
  parvande dupes --band likely --center "کانون نیکوکاری طلاب"
  parvande dupes --format table --band certain --out certain.txt
  parvande dupes --train
`, `usage: parvande dupes [--db PATH] [--band possible|likely|certain] [--center NAME] [--format csv|table] [--out FILE]
       parvande dupes [--db PATH] --train

Prints every pair of files, across all centers, that look like one person:
ref_a,ref_b,file_a,file_b,score,band,reasons
ref is the row number of the sheet the file was imported from, file the file's
id, score the evidence in bits, band one of possible, likely and certain, and
reasons why. In CSV the reasons are stable codes joined by ';'; in a table they
are in your language. Pairs a reviewer marked "different" are left out. --band
is the lowest band listed. On a terminal a progress bar shows on stderr.

--train re-estimates the comparison weights from the data itself, stores them,
prints them (m and u of every level of every field) and exits.

examples:
  parvande dupes --format csv --band possible > pairs.csv
  parvande dupes --band likely --center "کانون نیکوکاری طلاب"
  parvande dupes --format table --band certain --out certain.txt
  parvande dupes --train
`},
	CLIFlagBand:        {"کمترین درجه: possible، likely یا certain", "lowest band listed: possible, likely or certain"},
	CLIFlagDupesCenter: {"فقط جفت‌هایی که یک پرونده‌شان در این مرکز است (نام یا کد)", "only pairs with a file at this center (name or code)"},
	CLIFlagDupesFormat: {"قالب خروجی: csv یا table", "output format: csv or table"},
	CLIFlagTrain:       {"برآورد دوباره وزن‌ها از داده‌ها، ذخیره و نمایش آن‌ها", "re-estimate the weights from the data, store and print them"},
	CLIFlagOut:         {"نوشتن در این فایل به جای خروجی استاندارد", "write to this file instead of standard output"},

	CLIUnknownBand:        {"درجه ناشناخته %q؛ یکی از possible، likely یا certain را بدهید", "unknown band %q; give possible, likely or certain"},
	CLIDupesUnknownFormat: {"قالب ناشناخته %q؛ csv یا table را بدهید", "unknown format %q; give csv or table"},
	CLIProgressDupesLoad:  {"خواندن پرونده‌ها", "reading files"},
	CLIProgressDupesScan:  {"مقایسه", "comparing"},
	CLIDupesSummary:       {"%d جفت از %d پرونده؛ خواندن %s، نمایه %s، مقایسه %s", "%d pairs among %d files; read %s, index %s, scan %s"},
	CLIDupesDropped: {"%d کلید «%s» کنار گذاشته شد: هر کدام میان بیش از %d پرونده مشترک بود (بزرگ‌ترین: %d)؛ این پرونده‌ها از راه کلیدهای دیگرشان باز هم مقایسه می‌شوند",
		"%d «%s» keys left out: each shared by more than %d files (largest: %d); those files are still compared through their other keys"},
	CLIDupesTrained:     {"وزن‌ها از %d پرونده برآورد و ذخیره شد.", "weights estimated from %d files and stored."},
	CLIDupesWeightsHead: {"فیلد\tسطح\tm\tu\tوزن (بیت)", "field\tlevel\tm\tu\tweight (bits)"},
	CLIDupesRates:       {"پرونده‌های دیگرِ همان فرد برای هر پرونده: %s؛ پرونده‌های خویشاوندان: %s", "other files of the same person per file: %s; files of relatives: %s"},
	CLIDupesTableHead:   {"ردیف الف\tردیف ب\tپرونده الف\tپرونده ب\tامتیاز\tدرجه\tدلیل‌ها", "ref a\tref b\tfile a\tfile b\tscore\tband\treasons"},
	CLIDupesWritten:     {"%d جفت در %s نوشته شد.", "%d pairs written to %s."},

	BandNone:     {"کمتر از شاید", "below possible"},
	BandPossible: {"شاید", "possible"},
	BandLikely:   {"احتمالاً", "likely"},
	BandCertain:  {"قطعی", "certain"},

	MatchFieldFirst:        {"نام", "first name"},
	MatchFieldLast:         {"نام خانوادگی", "last name"},
	MatchFieldFather:       {"نام پدر", "father's name"},
	MatchFieldBirth:        {"تاریخ تولد", "birth date"},
	MatchFieldGender:       {"جنسیت", "gender"},
	MatchFieldNationality:  {"ملیت", "nationality"},
	MatchFieldNationalCode: {"کد ملی", "national code"},
	MatchFieldForeignID:    {"شماره اتباع", "foreign national number"},
	MatchFieldMobile:       {"موبایل", "mobile"},
	MatchFieldAddress:      {"نشانی", "address"},
	MatchFieldTitles:       {"عنوان‌ها", "titles"},

	ReasonUnknown: {"دلیل %s", "reason %s"},

	// Kinds of blocking key, named where keys shared by too many files are
	// reported as left out of a scan.
	"match.key.national_code":     {"کد ملی", "national code"},
	"match.key.foreign_id":        {"شماره اتباع", "foreign national number"},
	"match.key.foreign_id_half":   {"نیمه‌ی شماره اتباع", "half of the foreign national number"},
	"match.key.mobile":            {"موبایل", "mobile"},
	"match.key.address":           {"نشانی (شماره‌های در خانه)", "address (the numbers of the door)"},
	"match.key.name_birth":        {"نام و تاریخ تولد", "name and birth date"},
	"match.key.names":             {"نام و نام خانوادگی", "first and last name"},
	"match.key.last_year":         {"نام خانوادگی و سال تولد", "last name and birth year"},
	"match.key.first_father":      {"نام و نام پدر", "first name and father's name"},
	"match.key.father_last":       {"نام پدر و نام خانوادگی", "father's name and last name"},
	"match.key.names_year":        {"نام، نام خانوادگی و سال تولد", "first name, last name and birth year"},
	"match.key.first_father_year": {"نام، نام پدر و سال تولد", "first name, father's name and birth year"},
	"match.key.father_last_year":  {"نام پدر، نام خانوادگی و سال تولد", "father's name, last name and birth year"},

	"match.level.missing":   {"نامعلوم", "missing"},
	"match.level.exact":     {"یکسان", "exact"},
	"match.level.close":     {"بسیار نزدیک", "close"},
	"match.level.similar":   {"شبیه", "similar"},
	"match.level.typo":      {"یک رقم اختلاف", "one typo"},
	"match.level.swap":      {"روز و ماه جابه‌جا", "day and month swapped"},
	"match.level.partial":   {"فقط سال", "year only"},
	"match.level.near":      {"یک سال فاصله", "a year apart"},
	"match.level.same_year": {"همان سال", "same year"},
	"match.level.different": {"متفاوت", "different"},
	"match.level.conflict":  {"هر دو معتبر و متفاوت", "both valid, different"},

	"match.reason.same_national_code":      {"کد ملی یکسان", "same national code"},
	"match.reason.national_code_typo":      {"کد ملی با یک رقم اختلاف", "national code one digit apart"},
	"match.reason.national_code_conflict":  {"دو کد ملی معتبر و متفاوت", "two valid, different national codes"},
	"match.reason.national_code_differs":   {"کد ملی متفاوت", "national code differs"},
	"match.reason.same_foreign_id":         {"شماره اتباع یکسان", "same foreign national number"},
	"match.reason.foreign_id_typo":         {"شماره اتباع با یک رقم اختلاف", "foreign national number one digit apart"},
	"match.reason.foreign_id_differs":      {"شماره اتباع متفاوت", "foreign national number differs"},
	"match.reason.same_first_name":         {"نام یکسان", "same first name"},
	"match.reason.first_names_alike":       {"نام‌ها %d٪ شبیه", "first names %d%% alike"},
	"match.reason.first_name_differs":      {"نام متفاوت", "first name differs"},
	"match.reason.same_last_name":          {"نام خانوادگی یکسان", "same last name"},
	"match.reason.last_names_alike":        {"نام‌های خانوادگی %d٪ شبیه", "last names %d%% alike"},
	"match.reason.last_name_differs":       {"نام خانوادگی متفاوت", "last name differs"},
	"match.reason.names_swapped":           {"نام و نام خانوادگی جابه‌جا نوشته شده", "first and last name typed in each other's columns"},
	"match.reason.common_name":             {"%s پرتکرار است", "common %s"},
	"match.reason.same_father":             {"نام پدر یکسان", "same father's name"},
	"match.reason.fathers_alike":           {"نام پدرها %d٪ شبیه", "fathers' names %d%% alike"},
	"match.reason.father_differs":          {"نام پدر متفاوت", "father's name differs"},
	"match.reason.same_birth_date":         {"تاریخ تولد یکسان", "same birth date"},
	"match.reason.birth_day_month_swapped": {"روز و ماه تولد جابه‌جا", "birth day and month swapped"},
	"match.reason.same_birth_year":         {"سال تولد یکسان", "same birth year"},
	"match.reason.birth_year_apart":        {"سال تولد یک سال فاصله", "birth years a year apart"},
	"match.reason.birth_date_differs":      {"روز یا ماه تولد متفاوت", "birth day or month differs"},
	"match.reason.birth_differs":           {"تاریخ تولد متفاوت", "birth date differs"},
	"match.reason.gender_differs":          {"جنسیت متفاوت", "gender differs"},
	"match.reason.nationality_differs":     {"ملیت متفاوت", "nationality differs"},
	"match.reason.same_mobile":             {"موبایل یکسان", "same mobile"},
	"match.reason.shared_mobile":           {"موبایل یکسان، اما در چند پرونده", "same mobile, shared by several files"},
	"match.reason.mobile_differs":          {"موبایل متفاوت", "mobile differs"},
	"match.reason.same_address":            {"نشانی یکسان", "same address"},
	"match.reason.addresses_alike":         {"نشانی‌ها %d٪ شبیه", "addresses %d%% alike"},
	"match.reason.address_differs":         {"نشانی متفاوت", "address differs"},
	"match.reason.both_seyyed":             {"هر دو سید", "both seyyed"},
	"match.reason.seyyed_differs":          {"یکی سید و دیگری نه", "only one is seyyed"},
	"match.reason.like_relatives":          {"ممکن است خویشاوند باشند", "could also be relatives"},
}

// MatchKeyKind names a kind of blocking key ("first and last name"); a kind
// the catalog does not know yet shows as its code, never as nothing.
func (tr *T) MatchKeyKind(k match.KeyKind) string {
	key := Key("match.key." + k.String())
	if _, ok := lookup(key); !ok {
		return k.String()
	}
	return tr.T(key)
}

// DroppedKeys says one kind of key a scan left out, and why, in a
// sentence.
func (tr *T) DroppedKeys(d match.DroppedKeys) string {
	return tr.T(CLIDupesDropped, d.Keys, tr.MatchKeyKind(d.Kind), d.Cap, d.Largest)
}
