using CcHc.IntegrationTests.Infrastructure;

namespace CcHc.IntegrationTests.Plans;

/// <summary>
/// Seed 003 is an OCR scan, so its measure is structure: the Sơn Kỳ PDF groups the points by field as the seed does,
/// letters the criteria's points, prints each point's deadline and its "Bộ phận thực hiện" lines, in the seed's order,
/// and no point repeats its own field's heading.
/// </summary>
public sealed class SonKyStructureTests : IClassFixture<CcHcWebApplicationFactory>, IDisposable
{
    private readonly CcHcWebApplicationFactory _factory;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cchc-{Guid.NewGuid():N}.pdf");

    public SonKyStructureTests(CcHcWebApplicationFactory factory) => _factory = factory;

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task The_son_ky_pdf_groups_fields_points_tasks_and_deadlines_as_the_seed_does()
    {
        var planId = await DatabaseProbe.PlanIdAsync(_factory, "xã Sơn Kỳ");
        using var reviewer = await TestAccounts.SignedInAsync(_factory, "t.reviewer.sonha");
        await File.WriteAllBytesAsync(_file, await reviewer.GetByteArrayAsync(new Uri($"/Plans/Pdf/{planId}", UriKind.Relative)));
        var text = WordForWordTests.Squeeze(await PdfTools.RunAsync("pdftotext", _file, "-"));

        // The seed's structure, restored: group heading, then each point (lettered or not) with its deadline.
        string[] inOrder =
        [
            "1. Lĩnh vực công tác chỉ đạo điều hành",
            "a) Tiêu chí thành phần: “1.3.2. Xử lý các vấn đề phát hiện qua kiểm tra”", "- Thời gian thực hiện: Trước Quý II năm 2024", "- Bộ phận thực hiện: Văn phòng- thống kê xã chủ trì",
            "b) Tiêu chí thành phần: “1.4.2.", "- Thời gian thực hiện: Quý II năm 2024", "- Bộ phận thực hiện: Bộ phận Văn hóa- xã hội",
            "c) Tiêu chí thành phần: “1.5.", "- Thời gian thực hiện: Trong Quý II 2024",
            "d) Tiêu chí thành phần: “1.7.", "- Thời gian thực hiện: Trong năm 2024",
            "2. Lĩnh vực Cải cách thể chế", "Nội dung theo Kế hoạch cải cách hành chính xã năm 2024.", "- Thời gian thực hiện: Theo Kế hoạch CHHC năm 2024", "- Bộ phận thực hiện: Giao Bộ phận Tư pháp- hộ tịch",
            "3. Lĩnh vực Cải cách thủ tục hành chính", "a) Tiêu chí thành phần: “3.1.1.2.", "b) Tiêu chí thành phần: “3.4.1.", "c) Tiêu chí thành phần: “3.4.2.",
            "4. Lĩnh vực Cải cách tổ chức bộ máy", "Nội dung theo Kế hoạch cải cách hành chính xã năm 2024.",
            "5. Lĩnh vực Cải cách chế độ công vụ", "a) Tiêu chí thành phần: “5.1.2.",
            "6. Lĩnh vực Cải cách tài chính công", "Tiêu chí thành phần: “6.1.1.",
            "7. Lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số", "a) Tiêu chí thành phần: “7.3.3.2.", "b) Tiêu chí thành phần: “7.3.4", "c) Tiêu chí thành phần: “7.3.5", "d) Tiêu chí thành phần: “7.3.7.2.",
            "8. Lĩnh vực tác động của CCHC đến người dân", "Triển khai thực hiện quyết liệt", "- Thời gian thực hiện: Trong năm 2024", "- Bộ phận thực hiện: Bộ phận Tài chính - Kế toán xã chủ trì",
        ];
        var position = 0;
        foreach (var part in inOrder)
        {
            var next = text.IndexOf(WordForWordTests.Squeeze(part), position, StringComparison.Ordinal);
            Assert.True(next >= 0, $"\"{part}\" missing or out of order in the Sơn Kỳ PDF");
            position = next;
        }

        // 16 points, each with its deadline line; no point lists its own field as a deduction.
        Assert.Equal(16, CountOf(text, WordForWordTests.Squeeze("- Thời gian thực hiện:")));
        Assert.Equal(16, CountOf(text, WordForWordTests.Squeeze("- Bộ phận thực hiện:")));
        Assert.DoesNotContain(WordForWordTests.Squeeze("Nội dung bị trừ điểm:"), text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
