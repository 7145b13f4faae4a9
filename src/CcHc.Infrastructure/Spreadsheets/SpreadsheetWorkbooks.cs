using ClosedXML.Excel;
using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// The .xlsx files CcHc hands out, written with ClosedXML: the criteria-set template, a set's export and an
/// assessment's export, each in exactly the format its importer reads back (the reader skips the title block above the
/// header row). The layout is <see cref="SheetLayout"/>'s: title block, bold header row frozen and repeated when
/// printed, explicit column widths and computed row heights (never AdjustToContents: it needs GDI+), Times New Roman;
/// codes and titles as text (so "1.10" stays "1.10" and a title never becomes a formula), scores as numbers shown with
/// two decimals (Excel prints them with the user's decimal comma).
/// </summary>
public static partial class SpreadsheetWorkbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    internal const string FontName = "Times New Roman";

    private static readonly System.Globalization.CultureInfo VietnameseCulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
    private const string ScoreFormat = "0.00";

    private static readonly Dictionary<string, double> Widths = new(StringComparer.Ordinal)
    {
        [SpreadsheetColumns.Code] = 9,
        [SpreadsheetColumns.Title] = 50,
        [SpreadsheetColumns.Level] = 5,
        [SpreadsheetColumns.MaxScore] = 9,
        [SpreadsheetColumns.Appraised] = 10,
        [SpreadsheetColumns.SelfAssessed] = 10,
        [SpreadsheetColumns.StatedDeduction] = 11,
        [SpreadsheetColumns.Reason] = 35,
    };

    /// <summary>The four columns with three example rows (a field, a criterion, a sub-criterion) and a sheet of instructions.</summary>
    public static byte[] CriteriaSetTemplate()
    {
        using var workbook = NewWorkbook();
        var title = new WorkbookTitle("MẪU NHẬP BỘ TIÊU CHÍ", "BỘ TIÊU CHÍ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", "Mẫu để điền, không phải văn bản ban hành");
        var sheet = AddSheet(workbook, "Bộ tiêu chí", title, "Mỗi dòng dưới dòng tiêu đề là một lĩnh vực hoặc tiêu chí", SpreadsheetColumns.CriteriaSet);
        var row = SheetLayout.FirstDataRow;
        WriteNode(sheet, row++, "1", "Công tác chỉ đạo, điều hành cải cách hành chính", 1, 11m);
        WriteNode(sheet, row++, "1.1", "Kế hoạch cải cách hành chính năm", 2, 3m);
        WriteNode(sheet, row, "1.1.1", "Ban hành kế hoạch cải cách hành chính năm kịp thời", 3, 1m);
        SheetLayout.Finish(sheet, row, SpreadsheetColumns.CriteriaSet.Count);

        var help = workbook.AddWorksheet("Hướng dẫn");
        help.Style.Font.FontName = FontName;
        help.Column(1).Width = 110;
        help.Column(1).Style.Alignment.WrapText = true;
        string[] lines =
        [
            "Mỗi dòng của trang \"Bộ tiêu chí\" dưới dòng tiêu đề là một lĩnh vực hoặc tiêu chí, theo đúng thứ tự trong văn bản.",
            "Các dòng phía trên dòng tiêu đề (tên văn bản, mỗi dòng một ô) được bỏ qua khi nhập.",
            "Mã: có thể để trống (ví dụ 1, 1.1, 1.1.3, 7b.2.3.1). Mã không được trùng nhau.",
            "Nội dung: bắt buộc.",
            "Cấp: 1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần, 4… Tiêu chí cha là dòng gần nhất phía trên có cấp nhỏ hơn; không bỏ cấp (cấp 4 ngay dưới cấp 1 là lỗi), trừ bộ chỉ gồm các tiêu chí bị trừ điểm.",
            "Điểm tối đa: có thể để trống; tối đa 2 chữ số thập phân (ví dụ 14,5); không lớn hơn điểm tối đa của tiêu chí cha.",
            "Giữ nguyên dòng tiêu đề; thứ tự các cột không quan trọng, cột khác bị bỏ qua.",
            "Tệp .xlsx (trang tính đầu tiên) hoặc .csv, không quá 5 MB, 5.000 dòng và 30 cột. Lưu .csv bằng Excel: chọn kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\".",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            help.Cell(i + 1, 1).SetValue(lines[i]);
            help.Cell(i + 1, 1).DataType = XLDataType.Text;
        }

        SheetLayout.FitRowHeights(help, 1, lines.Length);
        SheetLayout.PrintSetup(help, 1, 1);
        return Save(workbook);
    }

    /// <summary>A set in the import format, in tree order (a parent always above its children), under its title block.</summary>
    public static byte[] CriteriaSetExport(CriteriaSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var workbook = NewWorkbook();
        var title = new WorkbookTitle(
            WorkbookTitle.OneLine(set.Province).ToUpper(VietnameseCulture),
            set.Name,
            $"Năm {set.Year}");
        var sheet = AddSheet(workbook, "Bộ tiêu chí", title, "Bộ tiêu chí theo định dạng nhập của CcHc", SpreadsheetColumns.CriteriaSet);
        var row = SheetLayout.FirstDataRow;
        foreach (var node in CriteriaTree.InTreeOrder(set))
        {
            WriteNode(sheet, row++, node.Code, node.Title, node.Level, node.MaxScore);
        }

        SheetLayout.Finish(sheet, row - 1, SpreadsheetColumns.CriteriaSet.Count);
        return Save(workbook);
    }

    /// <summary>
    /// An assessment in the score import format, under its title block (the commune, the index and year, the source
    /// decision): every node of the set in tree order with what the source says of it; an unknown value is an empty
    /// cell. Importing it again gives the same scores (the reader skips the title block).
    /// </summary>
    public static byte[] AssessmentExport(CriteriaSet set, Assessment assessment, string communeName)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(assessment);
        using var workbook = NewWorkbook();
        var title = new WorkbookTitle(
            "ỦY BAN NHÂN DÂN " + communeName.ToUpper(VietnameseCulture),
            $"KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {assessment.Year}",
            "Theo " + assessment.Decision.Citation);
        var sheet = AddSheet(workbook, "Kết quả thẩm định", title, "Bảng điểm theo định dạng nhập của CcHc", SpreadsheetColumns.Assessment);
        var row = SheetLayout.FirstDataRow;
        foreach (var node in CriteriaTree.InTreeOrder(set))
        {
            WriteNode(sheet, row, node.Code, node.Title, node.Level, node.MaxScore);
            if (assessment.ScoreOf(node.Id) is { } score)
            {
                WriteScore(sheet.Cell(row, 5), score.AppraisedScore);
                WriteScore(sheet.Cell(row, 6), score.SelfAssessedScore);
                WriteScore(sheet.Cell(row, 7), score.StatedDeduction);
                WriteText(sheet.Cell(row, 8), score.Reason);
            }

            row++;
        }

        SheetLayout.Finish(sheet, row - 1, SpreadsheetColumns.Assessment.Count);
        return Save(workbook);
    }

    internal static XLWorkbook NewWorkbook()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = SheetLayout.FontSize;
        return workbook;
    }

    private static IXLWorksheet AddSheet(XLWorkbook workbook, string name, WorkbookTitle title, string caption, IReadOnlyList<string> columns) =>
        SheetLayout.TableSheet(workbook, name, title, caption, columns.Select(c => (c, Widths.GetValueOrDefault(c, 14))).ToList());

    private static void WriteNode(IXLWorksheet sheet, int row, string code, string title, int level, decimal? max)
    {
        WriteText(sheet.Cell(row, 1), code);
        WriteText(sheet.Cell(row, 2), title);
        sheet.Cell(row, 3).SetValue(level);
        WriteScore(sheet.Cell(row, 4), max);
        if (level == 1)
        {
            sheet.Row(row).Style.Font.Bold = true;
        }
    }

    /// <summary>A date as a date (dd/mm/yyyy), nothing when unknown.</summary>
    internal static void WriteDate(IXLCell cell, DateOnly? date)
    {
        if (date is { } d)
        {
            cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
            cell.Style.NumberFormat.Format = "dd/mm/yyyy";
        }
    }

    /// <summary>Text stays text: no number, date or formula is guessed from it.</summary>
    internal static void WriteText(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    internal static void WriteScore(IXLCell cell, decimal? score)
    {
        if (score is not { } value)
        {
            return;
        }

        cell.SetValue(value);
        cell.Style.NumberFormat.Format = ScoreFormat;
    }

    internal static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        // Formulas (the totals) are evaluated and their values stored with them, so a reader that does not
        // calculate (a viewer, a script, CcHc's own reader) sees the right numbers.
        workbook.SaveAs(stream, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        AnchorPrintTitles(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// ClosedXML 0.95.4 writes the rows repeated on every printed page as "'Chi tiết'!6:6"; Excel reads that, but
    /// LibreOffice ignores it and prints the header on the first page only. "'Chi tiết'!$6:$6" is read by both.
    /// </summary>
    private static void AnchorPrintTitles(MemoryStream stream)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true);
        var names = document.WorkbookPart?.Workbook.DefinedNames?.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>() ?? [];
        foreach (var name in names.Where(n => n.Name?.Value == "_xlnm.Print_Titles"))
        {
            name.Text = WholeRows().Replace(name.Text, "!$$$1:$$$2");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"!\$?(\d+):\$?(\d+)$")]
    private static partial System.Text.RegularExpressions.Regex WholeRows();
}
