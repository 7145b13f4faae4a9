using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.Extensions.Logging.Abstractions;

namespace CcHc.IntegrationTests.Spreadsheets;

/// <summary>Files made in the test: .xlsx written with ClosedXML or by hand (ZIP parts), .csv as strings.</summary>
internal static class SpreadsheetFiles
{
    public static TabularFileReader Reader { get; } = new(NullLogger<TabularFileReader>.Instance);

    public static CriteriaSetImporter CriteriaImporter { get; } = new(Reader);

    public static AssessmentScoreImporter ScoreImporter { get; } = new(Reader);

    public static CriteriaSetDescription Description(int year = 2023) =>
        new("Chỉ số CCHC cấp xã năm " + year, IndexKind.ParIndex, "tỉnh Hà Tĩnh", year, CriteriaCoverage.Complete);

    /// <summary>Cẩm Sơn's eight fields (seed 000, section II) with some criteria, scores written with decimal commas.</summary>
    public const string CamSonCsv =
        "\uFEFFMã;Nội dung;Cấp;Điểm tối đa\r\n"
        + "1;Chỉ đạo điều hành;1;11\r\n"
        + "1.1;Thực hiện Kế hoạch CCHC;2;1,5\r\n"
        + "1.2;\"Kết quả khắc phục tồn tại, hạn chế do cấp trên chỉ ra năm trước\";2;2\r\n"
        + "2;Cải cách thể chế;1;7\r\n"
        + "3;Cải cách thủ tục hành chính;1;14,5\r\n"
        + "4;Cải cách tổ chức bộ máy;1;6\r\n"
        + "5;Cải cách chế độ công vụ;1;16,5\r\n"
        + "6;Cải cách tài chính công;1;13,5\r\n"
        + "7;Xây dựng, phát triển chính quyền điện tử, chính quyền số;1;20\r\n"
        + "7.1;\"Trang thông tin điện tử có đầy đủ các loại thông tin cung cấp theo quy định tại Khoản 1, Điều 4, Nghị định 42/2022/NĐ-CP\";2;0,5\r\n"
        + "8;Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế xã hội;1;11,5\r\n";

    /// <summary>The expected nodes of <see cref="CamSonCsv"/>: code, title, level, max.</summary>
    public static readonly (string Code, string Title, int Level, decimal? Max)[] CamSonNodes =
    [
        ("1", "Chỉ đạo điều hành", 1, 11m),
        ("1.1", "Thực hiện Kế hoạch CCHC", 2, 1.5m),
        ("1.2", "Kết quả khắc phục tồn tại, hạn chế do cấp trên chỉ ra năm trước", 2, 2m),
        ("2", "Cải cách thể chế", 1, 7m),
        ("3", "Cải cách thủ tục hành chính", 1, 14.5m),
        ("4", "Cải cách tổ chức bộ máy", 1, 6m),
        ("5", "Cải cách chế độ công vụ", 1, 16.5m),
        ("6", "Cải cách tài chính công", 1, 13.5m),
        ("7", "Xây dựng, phát triển chính quyền điện tử, chính quyền số", 1, 20m),
        ("7.1", "Trang thông tin điện tử có đầy đủ các loại thông tin cung cấp theo quy định tại Khoản 1, Điều 4, Nghị định 42/2022/NĐ-CP", 2, 0.5m),
        ("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế xã hội", 1, 11.5m),
    ];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A one-sheet .xlsx written with ClosedXML: strings as text, decimals and ints as numbers, null as an empty cell.</summary>
    public static byte[] Xlsx(params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Trang 1");
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 1, c + 1);
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case string text:
                        cell.SetValue(text);
                        cell.DataType = XLDataType.Text;
                        break;
                    case decimal number:
                        cell.SetValue(number);
                        break;
                    case double number:
                        cell.SetValue(number);
                        break;
                    case int number:
                        cell.SetValue(number);
                        break;
                    default:
                        throw new ArgumentException($"Unsupported cell value {rows[r][c]}");
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static Task<TabularReadResult> ReadAsync(byte[] bytes, string fileName = "tep.xlsx")
    {
        using var stream = new MemoryStream(bytes);
        return Reader.ReadAsync(stream, fileName, bytes.Length);
    }

    public static async Task<TabularData> ReadOkAsync(byte[] bytes, string fileName = "tep.xlsx")
    {
        var result = await ReadAsync(bytes, fileName);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.FullText)));
        return result.Data!;
    }

    public static async Task<CriteriaSet> ImportSetAsync(byte[] bytes, string fileName = "bo-tieu-chi.xlsx")
    {
        var result = CriteriaSetImporter.Import(await ReadOkAsync(bytes, fileName), Description());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.FullText)));
        return result.Value!;
    }

    public static async Task<IReadOnlyList<string>> CriteriaErrorsAsync(byte[] bytes, string fileName = "bo-tieu-chi.csv")
    {
        var result = CriteriaSetImporter.Import(await ReadOkAsync(bytes, fileName), Description());
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        return result.Errors.Select(e => e.FullText).ToList();
    }

    public static (string Code, string Title, int Level, decimal? Max)[] Shape(CriteriaSet set) =>
        CriteriaTree.InTreeOrder(set).Select(n => (n.Code, n.Title, n.Level, n.MaxScore)).ToArray();

    /// <summary>
    /// An .xlsx written by hand, part by part: the minimal package (content types, relationships, workbook) and a
    /// worksheet whose XML is written by <paramref name="writeSheet"/> straight into the compressed entry, so a sheet
    /// of hundreds of megabytes never exists in memory.
    /// </summary>
    public static byte[] HandMadeXlsx(Action<Stream> writeSheet, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
            Add(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
            var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", level);
            using var stream = sheet.Open();
            writeSheet(stream);
        }

        return buffer.ToArray();
    }

    /// <summary>A hand-made sheet with the given XML between &lt;sheetData&gt; and &lt;/sheetData&gt;.</summary>
    public static byte[] HandMadeXlsx(string sheetData) => HandMadeXlsx(stream =>
    {
        var bytes = Utf8(SheetStart + sheetData + SheetEnd);
        stream.Write(bytes);
    });

    public const string SheetStart =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    public const string SheetEnd = "</sheetData></worksheet>";

    /// <summary>
    /// The decompression bomb: a sheet part of <paramref name="megabytes"/> MB of repeated &lt;row&gt; text compressed
    /// with <see cref="CompressionLevel.SmallestSize"/> (about 1 000 : 1) into an otherwise minimal .xlsx.
    /// </summary>
    public static byte[] Bomb(int megabytes = 200) => HandMadeXlsx(
        stream =>
        {
            // Rows whose text is long runs of one letter: deflate's best case, about 1 000 : 1.
            var row = Utf8("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + new string('b', 1024 * 1024 - 64) + "</t></is></c></row>");
            stream.Write(Utf8(SheetStart));
            for (var written = 0L; written < megabytes * 1024L * 1024; written += row.Length)
            {
                stream.Write(row);
            }

            stream.Write(Utf8(SheetEnd));
        },
        CompressionLevel.SmallestSize);

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Utf8(content));
    }
}
