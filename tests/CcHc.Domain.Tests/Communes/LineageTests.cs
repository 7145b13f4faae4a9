using System.Text;
using CcHc.Domain.Communes;

namespace CcHc.Domain.Tests.Communes;

/// <summary>
/// <see cref="Lineage"/> on examples and on every row of the shipped list (src/CcHc.Infrastructure/Seeding/
/// AdministrativeUnits/don-vi-hanh-chinh-2025.csv, linked into this project): whole units parsed, the rest marked.
/// </summary>
public sealed class LineageTests
{
    [Fact]
    public void A_list_of_whole_units_gives_one_whole_predecessor_each()
    {
        var parse = Lineage.Parse("Xã Cẩm Minh, Xã Cẩm Sơn, Xã Cẩm Lạc", "Xã Cẩm Lạc");

        Assert.False(parse.NeedsReview);
        Assert.Equal(["Xã Cẩm Minh", "Xã Cẩm Sơn", "Xã Cẩm Lạc"], parse.Entries.Select(e => e.Name));
        Assert.All(parse.Entries, e => Assert.Equal(CommuneKind.Xa, e.Kind));
        Assert.Equal("Cẩm Sơn", parse.Entries[1].PlaceName);
        Assert.All(parse.Entries, e => Assert.False(e.Partial));
    }

    [Fact]
    public void A_district_in_brackets_is_a_qualifier_and_va_separates_like_a_comma()
    {
        var parse = Lineage.Parse("Thị trấn Mãn Đức, Xã Ngọc Mỹ (huyện Tân Lạc) và Phường 5 (thành phố Bạc Liêu)", "Xã Tân Lạc");

        Assert.False(parse.NeedsReview);
        Assert.Equal(3, parse.Entries.Count);
        Assert.Equal((CommuneKind.ThiTran, "Mãn Đức", (string?)null), (parse.Entries[0].Kind!.Value, parse.Entries[0].PlaceName!, parse.Entries[0].Qualifier));
        Assert.Equal(("Ngọc Mỹ", "huyện Tân Lạc"), (parse.Entries[1].PlaceName, parse.Entries[1].Qualifier));
        Assert.Equal((CommuneKind.Phuong, "5", "thành phố Bạc Liêu"), (parse.Entries[2].Kind!.Value, parse.Entries[2].PlaceName!, parse.Entries[2].Qualifier));
    }

    [Fact]
    public void A_remainder_in_brackets_is_a_partial_predecessor_marked_for_review_and_the_whole_ones_stay_whole()
    {
        var parse = Lineage.Parse("Phường Đồng Mai, Phường Yên Nghĩa (phần còn lại sau khi sáp nhập vào phường Dương Nội)", "Phường Yên Nghĩa");

        Assert.True(parse.NeedsReview);
        Assert.False(parse.Entries[0].NeedsReview);
        Assert.Equal((true, true, "Yên Nghĩa"), (parse.Entries[1].Partial, parse.Entries[1].NeedsReview, parse.Entries[1].PlaceName));
        Assert.Equal("Phường Yên Nghĩa (phần còn lại sau khi sáp nhập vào phường Dương Nội)", parse.Entries[1].Name);
    }

    [Fact]
    public void Free_words_are_kept_raw_and_mark_every_entry_of_the_text()
    {
        var parse = Lineage.Parse("Xã Kim Sơn, Xã Sơn Đông, một phần diện tích TN, quy mô dân số của Xã Cổ Đông", "Xã Đoài Phương");

        Assert.True(parse.NeedsReview);
        Assert.All(parse.Entries, e => Assert.True(e.NeedsReview));
        Assert.Contains(parse.Entries, e => e.Name == "một phần diện tích TN" && e.Partial && e.Kind is null);

        var hanoi = Lineage.Parse("Toàn bộ  diện tích TN, quy mô dân số của các phường Phường Giảng Võ và Phường Cát Linh", "Phường Giảng Võ");
        Assert.All(hanoi.Entries, e => Assert.True(e.NeedsReview));
        Assert.Equal("Toàn bộ diện tích TN", hanoi.Entries[0].Name);
    }

    [Fact]
    public void Giu_nguyen_means_the_unit_is_its_own_predecessor()
    {
        var parse = Lineage.Parse("giữ nguyên", "Xã Quảng Nguyên");

        Assert.True(parse.Unchanged);
        var entry = Assert.Single(parse.Entries);
        Assert.Equal(("Xã Quảng Nguyên", "Quảng Nguyên", false), (entry.Name, entry.PlaceName, entry.NeedsReview));
    }

    [Fact]
    public void Every_row_of_the_shipped_list_parses_with_the_measured_counts()
    {
        var rows = ReadCsv(Path.Combine(AppContext.BaseDirectory, "Communes", "don-vi-hanh-chinh-2025.csv"));
        Assert.Equal(3321, rows.Count);

        var parses = rows.Select(r => Lineage.Parse(r["truoc_sap_nhap"], r["ten_xa"])).ToList();
        var entries = parses.SelectMany(p => p.Entries).ToList();

        // Measured on the 2025 list: every text gives at least one entry; 125 units "giữ nguyên".
        Assert.All(parses, p => Assert.NotEmpty(p.Entries));
        Assert.Equal(125, parses.Count(p => p.Unchanged));
        Assert.Equal(
            (MeasuredUnitsParsedWhole, MeasuredUnitsToReview, MeasuredWholeEntries, MeasuredEntriesToReview, MeasuredPartialEntries),
            (parses.Count(p => !p.NeedsReview), parses.Count(p => p.NeedsReview), entries.Count(e => !e.NeedsReview), entries.Count(e => e.NeedsReview), entries.Count(e => e.Partial)));

        // A whole entry always names its unit; the seeds' successors are parsed whole.
        Assert.All(entries.Where(e => !e.NeedsReview), e => Assert.True(e.Kind is not null && !string.IsNullOrEmpty(e.PlaceName)));
        var camLac = parses[rows.FindIndex(r => r["ma_xa"] == "18748")];
        Assert.Equal(["Xã Cẩm Minh", "Xã Cẩm Sơn", "Xã Cẩm Lạc"], camLac.Entries.Select(e => e.Name));
        Assert.False(camLac.NeedsReview);
    }

    // Measured on the shipped 2025 list (3,321 units).
    private const int MeasuredUnitsParsedWhole = 3136;
    private const int MeasuredUnitsToReview = 185;
    private const int MeasuredWholeEntries = 9968;
    private const int MeasuredEntriesToReview = 656;
    private const int MeasuredPartialEntries = 289;

    /// <summary>A plain RFC 4180 reader (quoted fields, "" inside quotes) for the test's own check of the file.</summary>
    internal static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(fields);
                fields = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(fields);
        }

        var header = records[0];
        return records.Skip(1).Where(r => r.Count == header.Count)
            .Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2))
            .ToList();
    }
}
