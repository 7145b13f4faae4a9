using ClosedXML.Excel;
using CcHc.Domain.Assessments;
using CcHc.Domain.Criteria;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>
/// The .xlsx files CcHc hands out, written with ClosedXML: the criteria-set template, a set's export and an
/// assessment's export, each in exactly the format its importer reads back. Times New Roman, a bold frozen header
/// row, explicit column widths (never AdjustToContents: it needs GDI+), codes and titles as text (so "1.10" stays
/// "1.10" and a title never becomes a formula), scores as numbers shown with two decimals (Excel prints them with
/// the user's decimal comma).
/// </summary>
public static class SpreadsheetWorkbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string FontName = "Times New Roman";
    private const string ScoreFormat = "0.00";

    private static readonly Dictionary<string, double> Widths = new(StringComparer.Ordinal)
    {
        [SpreadsheetColumns.Code] = 12,
        [SpreadsheetColumns.Title] = 80,
        [SpreadsheetColumns.Level] = 6,
        [SpreadsheetColumns.MaxScore] = 12,
        [SpreadsheetColumns.Appraised] = 15,
        [SpreadsheetColumns.SelfAssessed] = 16,
        [SpreadsheetColumns.StatedDeduction] = 16,
        [SpreadsheetColumns.Reason] = 50,
    };

    /// <summary>The four columns with three example rows (a field, a criterion, a sub-criterion) and a sheet of instructions.</summary>
    public static byte[] CriteriaSetTemplate()
    {
        using var workbook = NewWorkbook();
        var sheet = AddSheet(workbook, "Bộ tiêu chí", SpreadsheetColumns.CriteriaSet);
        WriteNode(sheet, 2, "1", "Công tác chỉ đạo, điều hành cải cách hành chính", 1, 11m);
        WriteNode(sheet, 3, "1.1", "Kế hoạch cải cách hành chính năm", 2, 3m);
        WriteNode(sheet, 4, "1.1.1", "Ban hành kế hoạch cải cách hành chính năm kịp thời", 3, 1m);

        var help = workbook.AddWorksheet("Hướng dẫn");
        help.Style.Font.FontName = FontName;
        help.Column(1).Width = 110;
        string[] lines =
        [
            "Mỗi dòng của trang \"Bộ tiêu chí\" là một lĩnh vực hoặc tiêu chí, theo đúng thứ tự trong văn bản.",
            "Mã: có thể để trống (ví dụ 1, 1.1, 1.1.3, 7b.2.3.1). Mã không được trùng nhau.",
            "Nội dung: bắt buộc.",
            "Cấp: 1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần, 4… Tiêu chí cha là dòng gần nhất phía trên có cấp nhỏ hơn.",
            "Điểm tối đa: có thể để trống; tối đa 2 chữ số thập phân (ví dụ 14,5).",
            "Giữ nguyên dòng tiêu đề; thứ tự các cột không quan trọng, cột khác bị bỏ qua.",
            "Tệp .xlsx (trang tính đầu tiên) hoặc .csv (UTF-8), không quá 5 MB, 5.000 dòng và 30 cột.",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            help.Cell(i + 1, 1).SetValue(lines[i]);
            help.Cell(i + 1, 1).DataType = XLDataType.Text;
        }

        return Save(workbook);
    }

    /// <summary>A set in the import format, in tree order (a parent always above its children).</summary>
    public static byte[] CriteriaSetExport(CriteriaSet set)
    {
        using var workbook = NewWorkbook();
        var sheet = AddSheet(workbook, "Bộ tiêu chí", SpreadsheetColumns.CriteriaSet);
        var row = 2;
        foreach (var node in CriteriaTree.InTreeOrder(set))
        {
            WriteNode(sheet, row++, node.Code, node.Title, node.Level, node.MaxScore);
        }

        return Save(workbook);
    }

    /// <summary>
    /// An assessment in the score import format: every node of the set in tree order with what the source says of it;
    /// an unknown value is an empty cell. Importing it again gives the same scores.
    /// </summary>
    public static byte[] AssessmentExport(CriteriaSet set, Assessment assessment)
    {
        using var workbook = NewWorkbook();
        var sheet = AddSheet(workbook, "Kết quả thẩm định", SpreadsheetColumns.Assessment);
        var row = 2;
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

        return Save(workbook);
    }

    internal static XLWorkbook NewWorkbook()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = 12;
        return workbook;
    }

    private static IXLWorksheet AddSheet(XLWorkbook workbook, string name, IReadOnlyList<string> columns)
    {
        var sheet = workbook.AddWorksheet(name);
        sheet.Style.Font.FontName = FontName;
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = sheet.Cell(1, i + 1);
            WriteText(cell, columns[i]);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            var column = sheet.Column(i + 1);
            column.Width = Widths.GetValueOrDefault(columns[i], 14);
            if (columns[i] is SpreadsheetColumns.Title or SpreadsheetColumns.Reason)
            {
                column.Style.Alignment.WrapText = true;
            }
        }

        sheet.SheetView.FreezeRows(1);
        return sheet;
    }

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

    /// <summary>Text stays text: no number, date or formula is guessed from it.</summary>
    /// <summary>
    /// A table sheet of the export workbooks: bold wrapped headers, explicit widths (never AdjustToContents: it needs
    /// GDI+), the header row frozen and repeated on every printed page, A4 landscape fitted to the width.
    /// </summary>
    internal static IXLWorksheet TableSheet(XLWorkbook workbook, string name, IReadOnlyList<(string Header, double Width)> columns)
    {
        var sheet = workbook.AddWorksheet(name);
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = sheet.Cell(1, i + 1);
            WriteText(cell, columns[i].Header);
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            sheet.Column(i + 1).Width = columns[i].Width;
            sheet.Column(i + 1).Style.Alignment.WrapText = true;
            sheet.Column(i + 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        PrintAsTable(sheet);
        return sheet;
    }

    /// <summary>Header row frozen and repeated on every printed page; A4 landscape, fitted to the width.</summary>
    internal static void PrintAsTable(IXLWorksheet sheet)
    {
        sheet.SheetView.FreezeRows(1);
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }

    /// <summary>Thin borders around and inside rows 1..<paramref name="lastRow"/>.</summary>
    internal static void Borders(IXLWorksheet sheet, int lastRow, int lastColumn)
    {
        var range = sheet.Range(1, 1, Math.Max(1, lastRow), lastColumn);
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
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
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
