using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;

namespace CcHc.Domain.Tests.Communes;

/// <summary>The unit's model: kinds and names, the official list's rows, the import plan, the default wording without a district.</summary>
public sealed class UnitModelTests
{
    [Fact]
    public void A_unit_of_the_official_list_has_its_names_its_code_and_no_district()
    {
        var camLac = Commune.FromOfficialList("18748", CommuneKind.Xa, "Cẩm Lạc", "tỉnh Hà Tĩnh", "42", new DateOnly(2025, 7, 1));
        var phuQuoc = Commune.FromOfficialList("30866", CommuneKind.DacKhu, "Phú Quốc", "tỉnh An Giang", "91", new DateOnly(2025, 7, 1));

        Assert.Equal(("xã Cẩm Lạc", "Cẩm Lạc", "ỦY BAN NHÂN DÂN\nXÃ CẨM LẠC", (string?)null), (camLac.Name, camLac.PlaceName, camLac.IssuingBodyName, camLac.District));
        Assert.Equal(("18748", "42", new DateOnly(2025, 7, 1)), (camLac.OfficialCode!, camLac.ProvinceCode!, camLac.ValidFrom!.Value));
        Assert.Equal(("đặc khu Phú Quốc", "ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC"), (phuQuoc.Name, phuQuoc.IssuingBodyName));
    }

    [Fact]
    public void Kinds_read_from_labels_and_names()
    {
        Assert.Equal(CommuneKind.Phuong, CommuneKinds.FromLabel("Phường"));
        Assert.Equal(CommuneKind.DacKhu, CommuneKinds.FromName("Đặc khu Côn Đảo"));
        Assert.Equal(CommuneKind.ThiTran, CommuneKinds.FromName("thị trấn Văn Điển"));
        Assert.Null(CommuneKinds.FromName("Krông Na"));
        Assert.Equal("Phong Quảng", CommuneKinds.PlaceName("Phường Phong Quảng"));
        Assert.Equal(CommuneKind.Phuong, new Commune("phường Phong Quảng", null, "thành phố Huế", "Phong Quảng", "ỦY BAN NHÂN DÂN\nPHƯỜNG PHONG QUẢNG").Kind);
    }

    [Theory]
    [InlineData("Tỉnh Hà Tĩnh", "tỉnh Hà Tĩnh")]
    [InlineData("Thành Phố Huế", "thành phố Huế")]
    [InlineData("Thủ Đô Hà Nội", "thành phố Hà Nội")]
    [InlineData("Thành phố Đồng Nai", "thành phố Đồng Nai")]
    public void Province_names_are_written_as_documents_write_them(string listed, string expected) =>
        Assert.Equal(expected, UnitWording.ProvinceName(listed));

    [Fact]
    public void The_district_is_optional_and_the_defaults_never_invent_one()
    {
        var before = new Commune("xã Cẩm Sơn", "huyện Cẩm Xuyên", "tỉnh Hà Tĩnh", "Cẩm Sơn", "ỦY BAN NHÂN DÂN\nXÃ CẨM SƠN");
        var after = Commune.FromOfficialList("18748", CommuneKind.Xa, "Cẩm Lạc", "tỉnh Hà Tĩnh", "42", new DateOnly(2025, 7, 1));

        Assert.Equal(("UBND huyện Cẩm Xuyên", "Phòng Nội vụ"), (UnitWording.SuperiorCommittee(before), UnitWording.OversightRecipient(before)));
        Assert.Equal(("UBND tỉnh Hà Tĩnh", "Sở Nội vụ", "tỉnh Hà Tĩnh"), (UnitWording.SuperiorCommittee(after), UnitWording.OversightRecipient(after), UnitWording.Locality(after)));

        var setup = new PlanSetup(PlanKind.Improvement, DocumentForm.Plan, 2026, 2026, [IndexKind.Papi]);
        var header = PlanStarter.Header(after, setup);
        var text = string.Join('\n', header.Recipients) + header.Preamble;
        Assert.DoesNotContain("huyện", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Phòng Nội vụ", text, StringComparison.Ordinal);
        Assert.Contains("UBND tỉnh Hà Tĩnh;", header.Recipients);
        Assert.Contains("Sở Nội vụ;", header.Recipients);
    }

    [Fact]
    public void A_row_of_the_list_is_read_or_refused_column_by_column()
    {
        var (unit, errors) = OfficialUnitList.ReadRow(2, "42", "Tỉnh Hà Tĩnh", "18748", "Xã Cẩm Lạc", "xã", "Xã Cẩm Minh, Xã Cẩm Sơn, Xã Cẩm Lạc");
        Assert.Empty(errors);
        Assert.Equal(("xã Cẩm Lạc", "tỉnh Hà Tĩnh", CommuneKind.Xa), (unit!.Name, unit.Province, unit.Kind));

        var (none, problems) = OfficialUnitList.ReadRow(17, "4x", "", "", "Cẩm Lạc", "huyện", null);
        Assert.Null(none);
        Assert.Equal(
            [OfficialUnitList.ProvinceCodeColumn, OfficialUnitList.ProvinceColumn, OfficialUnitList.CodeColumn, OfficialUnitList.KindColumn, OfficialUnitList.NameColumn],
            problems.Select(p => p.Column));
        Assert.Contains(problems, p => p.Message == "\"huyện\" không phải loại đơn vị (xã, phường, thị trấn, đặc khu).");

        var (_, mismatch) = OfficialUnitList.ReadRow(3, "42", "Tỉnh Hà Tĩnh", "18749", "Phường Cẩm Lạc", "xã", null);
        Assert.Equal("\"Phường Cẩm Lạc\" không khớp loại \"xã\".", Assert.Single(mismatch).Message);
    }

    [Fact]
    public void The_import_plan_matches_by_code_and_tells_new_renamed_kind_changed_and_unchanged_units()
    {
        OfficialUnit Unit(string code, CommuneKind kind, string place, string province = "42") =>
            new(2, province, "Tỉnh Hà Tĩnh", code, kind, place, CommuneKinds.DisplayName(kind, place), string.Empty);
        var known = new[]
        {
            new KnownUnit(Guid.NewGuid(), "1", CommuneKind.Xa, "Một", "xã Một"),
            new KnownUnit(Guid.NewGuid(), "2", CommuneKind.Xa, "Hai", "xã Hai"),
            new KnownUnit(Guid.NewGuid(), "3", CommuneKind.Xa, "Ba", "xã Ba"),
        };

        var plan = UnitImportPlan.Make([Unit("1", CommuneKind.Xa, "Một"), Unit("2", CommuneKind.Xa, "Hai Mới"), Unit("3", CommuneKind.Phuong, "Ba"), Unit("4", CommuneKind.Xa, "Bốn"), Unit("5", CommuneKind.Xa, "Năm", "44")], known, "42");

        Assert.Equal((1, 1, 1, 1, 4), (plan.NewCount, plan.RenamedCount, plan.KindChangedCount, plan.UnchangedCount, plan.Units.Count));
        Assert.False(plan.ChangesNothing);
        Assert.True(UnitImportPlan.Make([Unit("1", CommuneKind.Xa, "Một")], known, null).ChangesNothing);
    }

    [Fact]
    public void A_predecessor_cannot_be_its_own_successor_and_is_reviewed_by_an_administrator()
    {
        var successor = Guid.NewGuid();
        var entry = new CommunePredecessor(successor, 0, "một phần diện tích TN", partial: true, needsReview: true);

        Assert.Throws<DomainException>(() => entry.LinkTo(successor));
        entry.Edit("Xã Kim Thư", partial: true, null);
        entry.MarkReviewed();
        Assert.Equal(("Xã Kim Thư", true, false), (entry.Name, entry.Partial, entry.NeedsReview));
        Assert.Throws<DomainException>(() => entry.Edit(" ", false, null));
    }
}
