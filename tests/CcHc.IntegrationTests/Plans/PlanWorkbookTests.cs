using ClosedXML.Excel;
using CcHc.Infrastructure.Spreadsheets;
using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Plans;

/// <summary>The plan workbook re-opened: sheets, numbers as numbers, dates as dates, totals equal the domain's.</summary>
public sealed class PlanWorkbookTests : IClassFixture<CcHcWebApplicationFactory>
{
    private readonly CcHcWebApplicationFactory _factory;

    public PlanWorkbookTests(CcHcWebApplicationFactory factory) => _factory = factory;

    [Fact]
    public async Task The_cam_son_workbook_has_its_three_sheets_with_real_numbers_and_dates()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Cẩm Sơn");
        using var clerk = await TestAccounts.SignedInAsync(_factory, "t.clerk.camson");

        var bytes = await clerk.GetByteArrayAsync(new Uri($"/Plans/Xlsx/{planId}", UriKind.Relative));
        using var workbook = new XLWorkbook(new MemoryStream(bytes));

        Assert.Equal(["Tổng hợp", "Chi tiết", "Nhiệm vụ"], workbook.Worksheets.Select(w => w.Name));
        var summary = workbook.Worksheet("Tổng hợp");
        Assert.Equal("Chỉ đạo điều hành", summary.Cell(SheetLayout.FirstDataRow, 2).GetString());
        Assert.Equal(XLDataType.Number, summary.Cell(SheetLayout.FirstDataRow, 4).DataType);
        Assert.Equal(9.13, summary.Cell(SheetLayout.FirstDataRow, 4).GetDouble(), 2);
        var total = summary.Row(SheetLayout.FirstDataRow + 8);
        Assert.Equal("Tổng điểm", total.Cell(2).GetString());
        Assert.Equal(100, total.Cell(3).GetDouble(), 2);
        Assert.Equal(85.08, total.Cell(4).GetDouble(), 2);
        Assert.Equal(14.92, total.Cell(5).GetDouble(), 2);
        Assert.Equal("0.00", summary.Cell(SheetLayout.FirstDataRow, 4).Style.NumberFormat.Format);
        Assert.Equal(SheetLayout.HeaderRow, summary.SheetView.SplitRow);
        Assert.Equal(XLPageOrientation.Portrait, summary.PageSetup.PageOrientation);
        Assert.Equal(XLPageOrientation.Landscape, workbook.Worksheet("Chi tiết").PageSetup.PageOrientation);

        var detail = workbook.Worksheet("Chi tiết");
        var website = detail.RowsUsed().Single(r => r.Cell(2).GetString().StartsWith("Trang thông tin điện tử", StringComparison.Ordinal));
        Assert.Equal(1, website.Cell(7).GetDouble(), 2);
        Assert.Contains("lớn hơn điểm tối đa 0,5", website.Cell(8).GetString(), StringComparison.Ordinal);

        var tasks = workbook.Worksheet("Nhiệm vụ");
        Assert.True(tasks.RowsUsed().Count() > 10);
        Assert.Equal("PAR INDEX", tasks.Cell(SheetLayout.FirstDataRow, 3).GetString());
        Assert.Equal(XLDataType.DateTime, tasks.Cell(SheetLayout.FirstDataRow, 8).DataType);
        Assert.Equal(new DateTime(2024, 12, 31), tasks.Cell(SheetLayout.FirstDataRow, 8).GetDateTime());
        Assert.Equal("Năm 2024", tasks.Cell(SheetLayout.FirstDataRow, 7).GetString());
    }
}
