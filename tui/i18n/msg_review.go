package i18n

// The duplicate review queue: the pairs, the side-by-side view and the
// decisions.
const (
	TitleReview Key = "review.title"
	HelpReview  Key = "help.list.review"

	ReviewPreparing Key = "review.preparing"
	ReviewNone      Key = "review.none"
	ReviewSummary   Key = "review.summary"
	ReviewAllCent   Key = "review.all_centers"
	ReviewPct       Key = "review.pct"
	ReviewWithLinks Key = "review.with_linked"

	ReviewColBand    Key = "review.col.band"
	ReviewColScore   Key = "review.col.score"
	ReviewColNameA   Key = "review.col.name_a"
	ReviewColNameB   Key = "review.col.name_b"
	ReviewColCenters Key = "review.col.centers"
	ReviewColReasons Key = "review.col.reasons"

	ReviewSideA      Key = "review.side_a"
	ReviewSideB      Key = "review.side_b"
	ReviewPairHead   Key = "review.pair_head"
	ReviewLinked     Key = "review.linked"
	ReviewCardOnly   Key = "review.card_only"
	ReviewHidden     Key = "review.hidden"
	ReviewDiffers    Key = "review.differs"
	ReviewFieldName  Key = "review.field.name"
	ReviewFieldFath  Key = "review.field.father"
	ReviewFieldBirth Key = "review.field.birth"
	ReviewFieldIDs   Key = "review.field.ids"
	ReviewFieldMob   Key = "review.field.mobile"
	ReviewFieldAddr  Key = "review.field.address"
	ReviewFieldCent  Key = "review.field.center"
	ReviewFieldNum   Key = "review.field.number"

	ReviewAskSame    Key = "review.ask_same"
	ReviewAskDiff    Key = "review.ask_different"
	ReviewAskUnlink  Key = "review.ask_unlink"
	ReviewDoneSame   Key = "review.done_same"
	ReviewDoneDiff   Key = "review.done_different"
	ReviewDoneUnlink Key = "review.done_unlink"

	HelpReviewBand   Key = "help.review.band"
	HelpReviewCenter Key = "help.review.center"
	HelpReviewLinked Key = "help.review.linked"
	HelpReviewSame   Key = "help.review.same"
	HelpReviewDiff   Key = "help.review.different"
	HelpReviewUnlink Key = "help.review.unlink"
	HelpReviewPair   Key = "help.review.pair"
)

var reviewMsgs = map[Key]text{
	TitleReview: {"بازبینی تکراری‌ها", "Duplicate review"},
	HelpReview:  {"تکراری‌ها", "duplicates"},

	ReviewPreparing: {"در حال آماده‌سازی فهرست تکراری‌ها…", "Preparing the duplicate index…"},
	ReviewNone:      {"جفت تکراری برای بازبینی نیست.", "No duplicate pairs to review."},
	ReviewSummary:   {"%d جفت · درجه از «%s» · %s", "%d pairs · band %s and above · %s"},
	ReviewAllCent:   {"همه مراکز", "all centers"},
	ReviewPct:       {"%d٪", "%d%%"},
	ReviewWithLinks: {"با پیوندشده‌ها", "with linked"},

	ReviewColBand:    {"درجه", "Band"},
	ReviewColScore:   {"امتیاز", "Score"},
	ReviewColNameA:   {"نام اول", "First name"},
	ReviewColNameB:   {"نام دوم", "Second name"},
	ReviewColCenters: {"مراکز", "Centers"},
	ReviewColReasons: {"دلیل‌ها", "Reasons"},

	ReviewSideA:      {"پرونده اول", "First file"},
	ReviewSideB:      {"پرونده دوم", "Second file"},
	ReviewPairHead:   {"%s · %s", "%s · %s"},
	ReviewLinked:     {"پیوند خورده", "linked"},
	ReviewCardOnly:   {"(کارت تطبیق)", "(match card)"},
	ReviewHidden:     {"—", "—"},
	ReviewDiffers:    {"فیلدهای متفاوت پررنگ‌اند.", "Differing fields are highlighted."},
	ReviewFieldName:  {"نام", "Name"},
	ReviewFieldFath:  {"نام پدر", "Father"},
	ReviewFieldBirth: {"تاریخ تولد", "Birth date"},
	ReviewFieldIDs:   {"کد ملی/اتباع", "ID number"},
	ReviewFieldMob:   {"همراه", "Mobile"},
	ReviewFieldAddr:  {"نشانی", "Address"},
	ReviewFieldCent:  {"مرکز", "Center"},
	ReviewFieldNum:   {"شماره پرونده", "File number"},

	ReviewAskSame:    {"این دو پرونده یک نفرند و پیوند بخورند؟ (y/n)", "Link these files as the same person? (y/n)"},
	ReviewAskDiff:    {"این دو پرونده دو نفر متفاوت‌اند؟ (y/n)", "Mark these files as different people? (y/n)"},
	ReviewAskUnlink:  {"پیوند این دو پرونده برداشته شود؟ (y/n)", "Unlink these files? (y/n)"},
	ReviewDoneSame:   {"ثبت شد: %s و %s یک نفرند؛ پرونده‌ها پیوند خوردند.", "Recorded: %s and %s are the same person; the files are linked."},
	ReviewDoneDiff:   {"ثبت شد: %s و %s دو نفر متفاوت‌اند.", "Recorded: %s and %s are different people."},
	ReviewDoneUnlink: {"پیوند %s و %s برداشته شد.", "Unlinked %s and %s."},

	HelpReviewBand:   {"درجه", "band"},
	HelpReviewCenter: {"مرکز", "center"},
	HelpReviewLinked: {"پیوندشده‌ها", "linked"},
	HelpReviewSame:   {"یک نفر", "same"},
	HelpReviewDiff:   {"متفاوت", "different"},
	HelpReviewUnlink: {"برداشتن پیوند", "unlink"},
	HelpReviewPair:   {"مقایسه", "compare"},
}
