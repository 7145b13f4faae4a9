using ClosedXML.Excel;
using CcHc.DemoData;
using CcHc.Infrastructure.Spreadsheets;
using DocumentFormat.OpenXml.Packaging;
using OpenXmlCell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using OpenXmlSheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;

namespace CcHc.IntegrationTests.Spreadsheets;

/// <summary>
/// The exports re-opened with ClosedXML (and, for the stored values of formulas, with the OpenXml SDK, which does not
/// calculate): title block, computed row heights, print setup, percentages and totals as formulas; Sơn Kỳ's summary
/// that says the source prints no scores; Triệu Trạch's stated total beside the table's sum.
/// </summary>
public sealed class ExportLayoutTests
{
    private static readonly StandardPositions Standard = new();

    private static readonly IReadOnlyList<DemoCommune> Demo = DemoCatalog.BuildAll(Standard);

    private static DemoCommune Commune(string name) => Demo.Single(d => d.Commune.Name == name);

    private static byte[] PlanWorkbookOf(DemoCommune demo) => PlanWorkbook.Build(new PlanWorkbookData(
        demo.Commune.Name, demo.Plan, demo.Assessment.Evaluate(demo.CriteriaSet),
        Standard.All.Concat(demo.CommunePositions).ToDictionary(p => p.Id, p => p.Title), demo.Commune.IssuingBodyName));

    [Fact]
    public void Every_sheet_of_the_plan_workbook_starts_with_the_title_block_and_prints_readably()
    {
        using var workbook = new XLWorkbook(new MemoryStream(PlanWorkbookOf(Commune("xã Cẩm Sơn"))));

        foreach (var sheet in workbook.Worksheets)
        {
            Assert.Equal("ỦY BAN NHÂN DÂN XÃ CẨM SƠN", sheet.Cell(1, 1).GetString());
            Assert.Equal("KẾ HOẠCH Khắc phục tồn tại, hạn chế, sau kiểm tra cải cách hành chính năm 2023", sheet.Cell(2, 1).GetString());
            Assert.True(sheet.Cell(2, 1).Style.Font.Bold);
            Assert.Equal(WorkbookTitle.Draft, sheet.Cell(4, 1).GetString());
            Assert.True(sheet.Cell(1, 1).IsMerged());
            Assert.Equal(sheet.LastColumnUsed()!.ColumnNumber(), sheet.Cell(2, 1).MergedRange().LastColumn().ColumnNumber());

            var page = sheet.PageSetup;
            Assert.Equal(XLPaperSize.A4Paper, page.PaperSize);
            // An explicit scale, estimated from the column widths, rather than "fit to 1 page wide" (see PrintSetup).
            Assert.Equal(SheetLayout.PrintScalePercent(Enumerable.Range(1, sheet.LastColumnUsed()!.ColumnNumber()).Select(c => sheet.Column(c).Width)), page.Scale);
            Assert.InRange(page.Scale, 60, 100);
            Assert.Equal(SheetLayout.HeaderRow, page.FirstRowToRepeatAtTop);
            Assert.Equal(SheetLayout.HeaderRow, page.LastRowToRepeatAtTop);
            Assert.Equal(SheetLayout.HeaderRow, sheet.SheetView.SplitRow);
            Assert.Contains("&P", page.Footer.Center.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal);
            Assert.Contains("&N", page.Footer.Center.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal);
            Assert.True(sheet.Style.Font.FontSize >= SheetLayout.MinPrintedFontSize);
        }

        var detail = workbook.Worksheet(PlanWorkbook.DetailSheet);
        Assert.Equal(XLPageOrientation.Landscape, detail.PageSetup.PageOrientation);
        Assert.Equal(XLPageOrientation.Portrait, workbook.Worksheet(PlanWorkbook.SummarySheet).PageSetup.PageOrientation);
        Assert.Equal(PlanWorkbook.DetailColumns.Select(c => c.Header), Enumerable.Range(1, 15).Select(c => detail.Cell(SheetLayout.HeaderRow, c).GetString()));
    }

    [Fact]
    public void The_repeated_header_rows_are_written_so_that_excel_and_libreoffice_both_read_them()
    {
        var bytes = PlanWorkbookOf(Commune("xã Cẩm Sơn"));
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);

        var titles = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
            .Where(n => n.Name == "_xlnm.Print_Titles").Select(n => n.Text).ToList();

        Assert.Equal(["'Tổng hợp'!$6:$6", "'Chi tiết'!$6:$6", "'Nhiệm vụ'!$6:$6"], titles);
    }

    [Fact]
    public void Rows_with_wrapped_text_are_taller_than_a_single_line_and_tall_enough_for_their_text()
    {
        using var workbook = new XLWorkbook(new MemoryStream(PlanWorkbookOf(Commune("xã Cẩm Sơn"))));
        var detail = workbook.Worksheet(PlanWorkbook.DetailSheet);
        var oneLine = WrappedLines.RowHeight(1);

        var website = detail.RowsUsed().Single(r => r.Cell(2).GetString().StartsWith("Trang thông tin điện tử", StringComparison.Ordinal));
        var lines = WrappedLines.Count(website.Cell(2).GetString(), detail.Column(2).Width);
        Assert.True(lines >= 4, $"{lines} lines");
        Assert.True(website.Height >= WrappedLines.RowHeight(lines) - 0.01, $"row {website.RowNumber()}: {website.Height} pt for {lines} lines");
        Assert.True(website.Height > oneLine);

        // Every data row is as tall as its longest cell needs, and short rows stay one line high.
        var dataRows = detail.RowsUsed().Where(r => r.RowNumber() >= SheetLayout.FirstDataRow).ToList();
        Assert.All(dataRows, r => Assert.True(r.Height >= WrappedLines.RowHeight(WrappedLines.Count(r.Cell(2).GetString(), detail.Column(2).Width, bold: r.Cell(2).Style.Font.Bold)) - 0.01));
        Assert.Contains(dataRows, r => r.Height == oneLine);
        Assert.True(detail.Row(SheetLayout.HeaderRow).Height > oneLine, "the wrapped headers");

        // No task list is taller than Excel's greatest row: it stops with "…" and says where to read it all.
        var taskCells = dataRows.Select(r => r.Cell(10).GetString()).Where(t => t.Length > 0).ToList();
        Assert.All(taskCells, t => Assert.True(WrappedLines.RowHeight(WrappedLines.Count(t, detail.Column(10).Width)) < WrappedLines.MaxRowHeight, t[..Math.Min(40, t.Length)]));
        Assert.Contains(taskCells, t => t.StartsWith("- Nêu cao vai trò trách nhiệm", StringComparison.Ordinal)
            && t.EndsWith("nhiệm vụ ở trang \"Nhiệm vụ\".)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_totals_are_formulas_whose_stored_values_are_the_domains_totals()
    {
        var camSon = Commune("xã Cẩm Sơn");
        var bytes = PlanWorkbookOf(camSon);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var summary = workbook.Worksheet(PlanWorkbook.SummarySheet);
        var total = summary.RowsUsed().Single(r => r.Cell(2).GetString() == PlanWorkbook.TotalLabel);
        var first = SheetLayout.FirstDataRow;
        var last = total.RowNumber() - 1;

        Assert.Equal($"SUM(C{first}:C{last})", total.Cell(3).FormulaA1);
        Assert.Equal($"SUM(D{first}:D{last})", total.Cell(4).FormulaA1);
        Assert.Equal($"SUM(E{first}:E{last})", total.Cell(5).FormulaA1);
        Assert.Equal(PlanWorkbook.PercentFormat, summary.Cell(first, 6).Style.NumberFormat.Format);
        Assert.Equal(9.13 / 11, summary.Cell(first, 6).GetDouble(), 4);

        // What a reader that does not calculate sees: the values stored with the formulas.
        var stored = StoredValues(bytes, PlanWorkbook.SummarySheet);
        Assert.Equal(100, double.Parse(stored[$"C{total.RowNumber()}"], System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.Equal(85.08, double.Parse(stored[$"D{total.RowNumber()}"], System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.Equal(14.92, double.Parse(stored[$"E{total.RowNumber()}"], System.Globalization.CultureInfo.InvariantCulture), 2);
        Assert.Equal(0.8508, double.Parse(stored[$"F{total.RowNumber()}"], System.Globalization.CultureInfo.InvariantCulture), 4);

        // Cẩm Sơn's stated total is the table's own sum: no second total.
        Assert.Equal(85.08m, camSon.Assessment.StatedTotal);
        Assert.DoesNotContain(summary.RowsUsed(), r => r.Cell(2).GetString().StartsWith(PlanWorkbook.StatedTotalLabel, StringComparison.Ordinal));
    }

    [Fact]
    public void Trieu_trachs_summary_shows_the_stated_total_beside_the_tables_own_sum()
    {
        using var workbook = new XLWorkbook(new MemoryStream(PlanWorkbookOf(Commune("xã Triệu Trạch"))));
        var summary = workbook.Worksheet(PlanWorkbook.SummarySheet);

        var total = summary.RowsUsed().Single(r => r.Cell(2).GetString() == PlanWorkbook.TotalLabel);
        var stated = summary.RowsUsed().Single(r => r.Cell(2).GetString().StartsWith(PlanWorkbook.StatedTotalLabel, StringComparison.Ordinal));

        Assert.Equal(90.74, total.Cell(4).GetDouble(), 2);
        Assert.Equal(92.59, stated.Cell(4).GetDouble(), 2);
        Assert.Contains("văn bản ghi 92,59, khác tổng các lĩnh vực 90,74", stated.Cell(2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Son_kys_summary_says_the_source_prints_no_scores_instead_of_an_empty_table()
    {
        var sonKy = Commune("xã Sơn Kỳ");
        using var workbook = new XLWorkbook(new MemoryStream(PlanWorkbookOf(sonKy)));
        var summary = workbook.Worksheet(PlanWorkbook.SummarySheet);

        Assert.Equal("Số: 27/KH-UBND, ngày 16/02/2024", summary.Cell(4, 1).GetString());
        Assert.Contains(summary.CellsUsed(), c => c.GetString() == PlanWorkbook.NoScoresMessage);
        Assert.DoesNotContain(summary.CellsUsed(), c => c.GetString() is PlanWorkbook.TotalLabel or "Điểm thẩm định");
        Assert.DoesNotContain(summary.CellsUsed(), c => c.Style.NumberFormat.Format == "0.00");
        var fields = summary.RowsUsed().Where(r => r.RowNumber() >= SheetLayout.FirstDataRow).Select(r => r.Cell(2).GetString()).ToList();
        Assert.Equal(sonKy.Assessment.Evaluate(sonKy.CriteriaSet).Fields.Select(f => f.Node.Title), fields);
        var message = summary.CellsUsed().Single(c => c.GetString() == PlanWorkbook.NoScoresMessage);
        Assert.True(message.WorksheetRow().Height > WrappedLines.RowHeight(1), "the message wraps over several lines");
    }

    [Fact]
    public void The_assessment_export_has_its_title_block_and_still_reimports()
    {
        var camSon = Commune("xã Cẩm Sơn");
        var bytes = SpreadsheetWorkbooks.AssessmentExport(camSon.CriteriaSet, camSon.Assessment, camSon.Commune.Name);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheets.First();

        Assert.Equal("ỦY BAN NHÂN DÂN XÃ CẨM SƠN", sheet.Cell(1, 1).GetString());
        Assert.Equal("KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023", sheet.Cell(2, 1).GetString());
        Assert.StartsWith("Theo Quyết định số ", sheet.Cell(4, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal(SpreadsheetColumns.Assessment, Enumerable.Range(1, 8).Select(c => sheet.Cell(SheetLayout.HeaderRow, c).GetString()));
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.True(SheetLayout.FontSize * SheetLayout.EstimatedPrintScale(Enumerable.Range(1, 8).Select(c => sheet.Column(c).Width)) >= SheetLayout.MinPrintedFontSize);
        Assert.Contains(sheet.RowsUsed(), r => r.RowNumber() > SheetLayout.HeaderRow && r.Height > WrappedLines.RowHeight(1));
    }

    [Fact]
    public void The_office_workbook_has_the_offices_title_block_percentages_and_formula_totals()
    {
        var rows = new List<OfficeWorkbook.Row>
        {
            new("xã Cẩm Sơn", 2023, 85.08m, "3/23", null, 14.92m, "Dự thảo", 1, null, null, null),
            new("xã Sơn Kỳ", 2023, null, null, null, null, "Đã ban hành", 1, 20, 25m, 3),
            new("xã Triệu Trạch", 2022, 92.59m, "1/18", "Tốt", 9.26m, "Dự thảo", 1, 4, 50m, 1),
        };
        var bytes = OfficeWorkbook.Build(new WorkbookTitle("PHÒNG NỘI VỤ HUYỆN SƠN HÀ", "BẢNG THEO DÕI", "Số liệu ngày 05/07/2024"), rows);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(OfficeWorkbook.SheetName);

        Assert.Equal("PHÒNG NỘI VỤ HUYỆN SƠN HÀ", sheet.Cell(1, 1).GetString());
        Assert.Equal("Số liệu ngày 05/07/2024", sheet.Cell(4, 1).GetString());
        var first = SheetLayout.FirstDataRow;
        Assert.Equal(0.25, sheet.Cell(first + 1, 11).GetDouble(), 4);
        Assert.Equal("0.00%", sheet.Cell(first + 1, 11).Style.NumberFormat.Format);
        var sum = first + rows.Count;
        Assert.Equal(OfficeWorkbook.SumLabel, sheet.Cell(sum, 2).GetString());
        Assert.Equal($"SUM(J{first}:J{sum - 1})", sheet.Cell(sum, 10).FormulaA1);
        var stored = StoredValues(bytes, OfficeWorkbook.SheetName);
        Assert.Equal("24", stored[$"J{sum}"]);
        Assert.Equal("4", stored[$"L{sum}"]);
        // The average of the known totals: Sơn Kỳ's unknown total is left out, never counted as 0.
        Assert.Equal((85.08 + 92.59) / 2, double.Parse(stored[$"D{sum + 1}"], System.Globalization.CultureInfo.InvariantCulture), 4);
    }

    /// <summary>The values stored in a sheet's cells, by reference, as the file holds them (nothing is calculated).</summary>
    internal static Dictionary<string, string> StoredValues(byte[] xlsx, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<OpenXmlSheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<OpenXmlCell>()
            .Where(c => c.CellValue is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => c.CellValue!.Text);
    }
}
