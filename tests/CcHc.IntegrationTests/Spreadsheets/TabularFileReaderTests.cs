using System.IO.Compression;
using System.Text;
using CcHc.Infrastructure.Spreadsheets;
using static CcHc.IntegrationTests.Spreadsheets.SpreadsheetFiles;

namespace CcHc.IntegrationTests.Spreadsheets;

/// <summary>The upload reader on files made in the test: formats told apart by content, limits, malformed files.</summary>
public sealed class TabularFileReaderTests
{
    [Fact]
    public async Task A_semicolon_csv_with_bom_quotes_and_a_line_break_inside_quotes_reads_with_excel_row_numbers()
    {
        var csv = "\uFEFF Mã ;NỘI DUNG;Cấp;Điểm tối đa\r\n"
                  + "1;\"Chỉ đạo; điều hành\";1;11\r\n"
                  + "\r\n"
                  + "1.1;\"Dòng một\r\nDòng \"\"hai\"\"\";2;1,5\r\n"
                  + "1.2;Không ngoặc;2;\"2,25\"";

        var data = await ReadOkAsync(Utf8(csv), "bo-tieu-chi.csv");

        Assert.Equal(["Mã", "NỘI DUNG", "Cấp", "Điểm tối đa"], data.Headers);
        Assert.Equal([2, 4, 5], data.Rows.Select(r => r.RowNumber));
        Assert.Equal("Chỉ đạo; điều hành", data.Rows[0].Cell("nội dung"));
        Assert.Equal("Dòng một\nDòng \"hai\"", data.Rows[1].Cell("Nội dung"));
        Assert.Equal("2,25", data.Rows[2].Cell("điểm tối đa"));
        Assert.Null(data.Rows[2].Cell("Điểm thẩm định"));
    }

    [Fact]
    public async Task A_comma_csv_keeps_quoted_decimal_commas()
    {
        var data = await ReadOkAsync(Utf8("Mã,Nội dung,Cấp,Điểm tối đa\n3,\"Cải cách thủ tục hành chính\",1,\"14,5\"\n"), "x.csv");

        Assert.Equal("14,5", data.Rows.Single().Cell("Điểm tối đa"));
        Assert.Equal(2, data.Rows.Single().RowNumber);
    }

    [Fact]
    public async Task Headers_in_decomposed_unicode_match_the_composed_names()
    {
        var decomposed = "Nội dung".Normalize(NormalizationForm.FormD);
        var data = await ReadOkAsync(Utf8($"Mã;{decomposed};Cấp\n1;{"Cải cách thể chế".Normalize(NormalizationForm.FormD)};1\n"), "x.csv");

        Assert.True(data.HasColumn("Nội dung"));
        Assert.Equal("Cải cách thể chế", data.Rows[0].Cell("Nội dung"));
    }

    [Fact]
    public async Task An_xlsx_gives_numbers_as_invariant_decimal_text_and_text_as_text()
    {
        var bytes = Xlsx(
            ["Mã", "Nội dung", "Cấp", "Điểm tối đa"],
            ["1.10", "=1+1", 1, 14.5m],
            ["01", "Tiêu chí", 2, "1,5"],
            [null, "Ba", 3, 0.1 + 0.2],
            ["", "", null, null],
            [null, "Sau dòng trống", 2, 100m]);

        var data = await ReadOkAsync(bytes);

        Assert.Equal(["1.10", "=1+1", "1", "14.5"], data.Rows[0].Cells);
        Assert.Equal(["01", "Tiêu chí", "2", "1,5"], data.Rows[1].Cells);
        Assert.Equal("0.3", data.Rows[2].Cell("Điểm tối đa"));
        Assert.Equal(string.Empty, data.Rows[2].Cell("Mã"));
        Assert.Equal([2, 3, 4, 6], data.Rows.Select(r => r.RowNumber));
        Assert.Equal("100", data.Rows[3].Cell("Điểm tối đa"));
    }

    [Fact]
    public async Task A_hand_made_xlsx_with_shared_and_inline_strings_and_gaps_reads_by_cell_reference()
    {
        var bytes = HandMadeXlsx(
            "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>Mã</t></is></c><c r=\"D3\" t=\"inlineStr\"><is><r><t>Nội </t></r><r><t>dung</t></r></is></c></row>"
            + "<row r=\"4\"><c r=\"B4\"><v>7</v></c><c r=\"D4\" t=\"inlineStr\"><is><t>Bảy</t></is></c></row>");

        var data = await ReadOkAsync(bytes);

        Assert.Equal(["", "Mã", "", "Nội dung"], data.Headers);
        Assert.Equal("7", data.Rows.Single().Cell("Mã"));
        Assert.Equal("Bảy", data.Rows.Single().Cell("nội dung"));
        Assert.Equal(4, data.Rows.Single().RowNumber);
    }

    /// <summary>
    /// A .csv as Excel's "CSV (Comma delimited)" writes it on Vietnamese Windows: Windows-1258, tone marks as separate
    /// combining bytes ("Mã" is 4D 61 DE, "Cấp" 43 E2 EC 70), semicolons, CRLF. Bytes made outside .NET.
    /// </summary>
    private const string Windows1258Csv =
        "4d61de3b4ef4f2692064756e673b43e2ec703bd069ead26d2074f4ec6920f0610d0a313b43f46e672074e16320636869d220f061f26f2c20f069eacc"
        + "752068e06e68206361d2692063e163682068e06e68206368ed6e683b313b31310d0a312e313b4beaec20686f61f26368206361d2692063e16368206"
        + "8e06e68206368ed6e682096206ee36d20323032363b323b312c350d0a";

    public static byte[] Windows1258CsvBytes() => Convert.FromHexString(Windows1258Csv);

    [Fact]
    public async Task A_windows_1258_csv_from_excel_on_vietnamese_windows_reads_in_composed_unicode()
    {
        var bytes = Windows1258CsvBytes();
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var result = await ReadAsync(bytes, "bo-tieu-chi.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.FullText)));
        Assert.Equal(["Mã", "Nội dung", "Cấp", "Điểm tối đa"], result.Data!.Headers);
        Assert.Equal("Công tác chỉ đạo, điều hành cải cách hành chính", result.Data.Rows[0].Cell("Nội dung"));
        Assert.Equal("Kế hoạch cải cách hành chính – năm 2026", result.Data.Rows[1].Cell("Nội dung"));
        Assert.True(result.Data.Rows[1].Cell("Nội dung")!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(3, result.Data.Rows[1].RowNumber);
    }

    [Fact]
    public async Task Unicode_text_utf16_with_tabs_and_utf8_with_or_without_bom_read_the_same()
    {
        const string text = "Mã\tNội dung\tCấp\tĐiểm tối đa\r\n1\tChỉ đạo điều hành\t1\t11\r\n";
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        byte[][] files =
        [
            [.. utf16.GetPreamble(), .. utf16.GetBytes(text)],
            [.. new UnicodeEncoding(true, true).GetPreamble(), .. new UnicodeEncoding(true, true).GetBytes(text)],
            Utf8(text.Replace('\t', ',')),
            [0xEF, 0xBB, 0xBF, .. Utf8(text.Replace('\t', ';'))],
        ];

        foreach (var bytes in files)
        {
            var result = await ReadAsync(bytes, "bo-tieu-chi.csv");
            Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.FullText)));
            Assert.Equal(["Mã", "Nội dung", "Cấp", "Điểm tối đa"], result.Data!.Headers);
            Assert.Equal("Chỉ đạo điều hành", result.Data.Rows.Single().Cell("Nội dung"));
        }
    }

    [Fact]
    public async Task A_csv_in_another_vietnamese_code_page_or_utf16_without_its_mark_says_exactly_how_to_save_it()
    {
        // "Mã;Nội dung;Cấp;Điểm tối đa" in TCVN3 (ABC): read as Windows-1258 it would be "M·;Néi dung;CÊp;§iÓm tèi ®a".
        var tcvn3 = new byte[] { 0x4D, 0xB7, 0x3B, 0x4E, 0xE9, 0x69, 0x20, 0x64, 0x75, 0x6E, 0x67, 0x3B, 0x43, 0xCA, 0x70, 0x3B, 0xA7, 0x69, 0xD3, 0x6D, 0x20, 0x74, 0xE8, 0x69, 0x20, 0xAE, 0x61, 0x0D, 0x0A };
        var utf16WithoutMark = Encoding.Unicode.GetBytes("Mã,Nội dung,Cấp,Điểm tối đa\r\n1,Chỉ đạo,1,11\r\n");

        foreach (var bytes in new[] { tcvn3, utf16WithoutMark })
        {
            var error = Assert.Single((await ReadAsync(bytes, "bo-tieu-chi.csv")).Errors).FullText;
            Assert.Equal(TabularFileReader.UnknownCsvEncoding, error);
            Assert.Contains("\"CSV UTF-8 (Comma delimited) (*.csv)\"", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("random.xlsx")]
    [InlineData("random.csv")]
    public async Task Random_bytes_are_not_a_spreadsheet(string name)
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        var result = await ReadAsync(bytes, name);

        Assert.Equal(TabularFileReader.NotASpreadsheet, Assert.Single(result.Errors).FullText);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task Random_bytes_behind_a_zip_signature_are_not_a_spreadsheet()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x50;
        bytes[1] = 0x4B;
        bytes[2] = 0x03;
        bytes[3] = 0x04;

        var result = await ReadAsync(bytes);

        Assert.Equal(TabularFileReader.NotASpreadsheet, Assert.Single(result.Errors).FullText);
    }

    [Fact]
    public async Task A_pdf_named_csv_is_not_a_spreadsheet()
    {
        var pdf = Utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        var binary = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A };

        Assert.Equal(TabularFileReader.NotASpreadsheet, Assert.Single((await ReadAsync(pdf, "ket-qua.csv")).Errors).FullText);
        Assert.Equal(TabularFileReader.NotASpreadsheet, Assert.Single((await ReadAsync(binary, "ket-qua.csv")).Errors).FullText);
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_not_a_spreadsheet()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml").Open();
            entry.Write(Utf8("<document/>"));
        }

        var result = await ReadAsync(buffer.ToArray());

        Assert.Equal(TabularFileReader.NotASpreadsheet, Assert.Single(result.Errors).FullText);
    }

    [Fact]
    public async Task A_workbook_with_broken_xml_or_a_bad_shared_string_index_is_not_a_spreadsheet()
    {
        var broken = HandMadeXlsx(stream => stream.Write(Utf8(SheetStart + "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")));
        var badIndex = HandMadeXlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>");

        Assert.Equal(TabularFileReader.NotASpreadsheet, Assert.Single((await ReadAsync(broken)).Errors).FullText);
        Assert.Equal(TabularFileReader.NotASpreadsheet, Assert.Single((await ReadAsync(badIndex)).Errors).FullText);
    }

    [Fact]
    public async Task An_empty_file_or_one_without_rows_has_no_data()
    {
        Assert.Equal(TabularFileReader.NoData, Assert.Single((await ReadAsync([], "x.csv")).Errors).FullText);
        Assert.Equal(TabularFileReader.NoData, Assert.Single((await ReadAsync(Utf8("\uFEFF\r\n;;\r\n"), "x.csv")).Errors).FullText);
        Assert.Equal(TabularFileReader.NoData, Assert.Single((await ReadAsync(HandMadeXlsx(string.Empty))).Errors).FullText);
    }

    [Fact]
    public async Task A_file_over_5_mb_is_refused_by_its_declared_length_and_by_what_it_really_holds()
    {
        using var small = new MemoryStream(Utf8("Mã\n1\n"));
        var declared = await Reader.ReadAsync(small, "x.csv", UploadLimits.MaxFileBytes + 1);
        Assert.Equal("Tệp lớn hơn 5 MB.", Assert.Single(declared.Errors).FullText);

        var big = new byte[UploadLimits.MaxFileBytes + 1];
        Array.Fill(big, (byte)'a');
        using var lying = new MemoryStream(big);
        var actual = await Reader.ReadAsync(lying, "x.csv", 10);
        Assert.Equal("Tệp lớn hơn 5 MB.", Assert.Single(actual.Errors).FullText);
    }

    [Fact]
    public async Task More_than_30_columns_are_refused_with_the_row()
    {
        var header = string.Join(';', Enumerable.Range(1, 31).Select(i => "Cột " + i));

        var result = await ReadAsync(Utf8("Mã;Nội dung\n" + header + "\n"), "x.csv");

        Assert.Equal("Dòng 2: có dữ liệu ở cột thứ 31; bảng tính chỉ được có tối đa 30 cột.", Assert.Single(result.Errors).FullText);
    }

    [Fact]
    public async Task Trailing_empty_columns_do_not_count()
    {
        var data = await ReadOkAsync(Utf8("Mã;Nội dung" + new string(';', 40) + "\n1;Một" + new string(';', 40) + "\n"), "x.csv");

        Assert.Equal(2, data.Headers.Count);
    }

    [Fact]
    public async Task More_than_5000_data_rows_are_refused()
    {
        var csv = new StringBuilder("Mã;Nội dung;Cấp\n");
        for (var i = 1; i <= UploadLimits.MaxRows; i++)
        {
            csv.Append(i).Append(";Tiêu chí ").Append(i).Append(";1\n");
        }

        Assert.Equal(UploadLimits.MaxRows, (await ReadOkAsync(Utf8(csv.ToString()), "x.csv")).Rows.Count);

        csv.Append("5001;Một dòng quá nhiều;1\n");
        var result = await ReadAsync(Utf8(csv.ToString()), "x.csv");
        Assert.Equal("Tệp có hơn 5.000 dòng dữ liệu; hãy chia thành nhiều tệp nhỏ hơn.", Assert.Single(result.Errors).FullText);
    }

    [Fact]
    public async Task A_cell_over_4000_characters_is_reported_with_its_row_and_column()
    {
        var result = await ReadAsync(Xlsx(["Mã", "Nội dung"], ["1", "Ngắn"], ["2", new string('x', 4001)]));

        Assert.Equal("Dòng 3, cột Nội dung: ô có 4.001 ký tự, quá giới hạn 4.000 ký tự.", Assert.Single(result.Errors).FullText);
    }

    [Fact]
    public async Task An_unclosed_quote_is_reported_with_the_row_where_it_opens()
    {
        var result = await ReadAsync(Utf8("Mã;Nội dung\n1;Một\n2;\"Hai\n3;Ba\n"), "x.csv");

        Assert.Equal("Dòng 3: dấu ngoặc kép (\") mở ở dòng này không được đóng lại; kiểm tra lại tệp .csv.", Assert.Single(result.Errors).FullText);
    }

    [Fact]
    public async Task A_repeated_header_is_an_error()
    {
        var result = await ReadAsync(Utf8("Mã;Nội dung;mã\n1;Một;2\n"), "x.csv");

        Assert.Equal("Dòng 1, cột mã: cột \"mã\" có hai lần trong dòng tiêu đề.", Assert.Single(result.Errors).FullText);
    }
}
