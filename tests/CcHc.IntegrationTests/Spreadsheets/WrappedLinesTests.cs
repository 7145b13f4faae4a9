using CcHc.Infrastructure.Spreadsheets;

namespace CcHc.IntegrationTests.Spreadsheets;

/// <summary>The row-height estimate that replaces AdjustToContents (GDI+): lines from the column width and the text.</summary>
public sealed class WrappedLinesTests
{
    [Theory]
    [InlineData(null, 20, 1)]
    [InlineData("", 20, 1)]
    [InlineData("Cải cách thể chế", 20, 1)]
    [InlineData("Cải cách thể chế", 10, 2)]
    [InlineData("một\nhai\nba", 40, 3)]
    [InlineData("một\r\nhai", 40, 2)]
    public void Counts_the_lines_of_a_wrapped_cell(string? text, double width, int expected) =>
        Assert.Equal(expected, WrappedLines.Count(text, width));

    [Fact]
    public void A_long_title_in_a_narrow_column_takes_as_many_lines_as_its_words_need()
    {
        // 22 letters a line in a column 20 wide (19 units less the padding, 1.2 letters a unit); words are never
        // split, so each line holds whole words: 120 letters take 6 or 7 lines.
        const string title = "Trang thông tin điện tử có đầy đủ các loại thông tin cung cấp theo quy định tại Khoản 1, Điều 4, Nghị định 42/2022/NĐ-CP";

        var lines = WrappedLines.Count(title, 20);

        Assert.InRange(lines, 6, 7);
        Assert.Equal(1, WrappedLines.Count(title, 200));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_over_several_lines()
    {
        Assert.Equal(3, WrappedLines.Count(new string('x', 25), 11));
        Assert.Equal(4, WrappedLines.Count("ab " + new string('x', 25), 11));
    }

    [Fact]
    public void Bold_and_larger_text_take_more_lines_smaller_text_fewer()
    {
        var text = string.Join(' ', Enumerable.Repeat("Công chức Văn phòng - Thống kê", 20));

        var regular = WrappedLines.Count(text, 25);

        Assert.True(WrappedLines.Count(text, 25, bold: true) > regular);
        Assert.True(WrappedLines.Count(text, 25, fontSize: 14) > regular);
        Assert.True(WrappedLines.Count(text, 25, fontSize: 9) < regular);
    }

    [Fact]
    public void Row_heights_grow_with_the_lines_and_stop_at_excels_limit()
    {
        Assert.Equal(18.6, WrappedLines.RowHeight(1), 2);
        Assert.True(WrappedLines.RowHeight(3) > 2 * WrappedLines.RowHeight(1));
        Assert.Equal(WrappedLines.MaxRowHeight, WrappedLines.RowHeight(500));
    }

    [Fact]
    public void Every_table_of_the_exports_prints_its_text_at_9_pt_or_more_when_fitted_to_the_page_width()
    {
        var tables = new Dictionary<string, IEnumerable<double>>
        {
            ["Tổng hợp"] = PlanWorkbook.SummaryColumns.Select(c => c.Width),
            ["Chi tiết"] = PlanWorkbook.DetailColumns.Select(c => c.Width),
            ["Nhiệm vụ"] = PlanWorkbook.TaskColumns.Select(c => c.Width),
            ["Kết quả"] = ReportWorkbook.ResultColumns.Select(c => c.Width),
            ["Nhiệm vụ (báo cáo)"] = ReportWorkbook.TaskColumns.Select(c => c.Width),
        };

        foreach (var (name, widths) in tables)
        {
            var printed = SheetLayout.FontSize * SheetLayout.EstimatedPrintScale(widths);
            Assert.True(printed >= SheetLayout.MinPrintedFontSize, $"{name}: {printed:0.0} pt when printed");
        }

        Assert.Equal(15, PlanWorkbook.DetailColumns.Count);
    }
}
