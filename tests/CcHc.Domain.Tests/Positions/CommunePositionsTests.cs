using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Positions;

namespace CcHc.Domain.Tests.Positions;

/// <summary>
/// A commune's catalogue of titles and organisations (xã Hà Bắc, seed 004): organisations are added with the title whose
/// holder reports for them, names are unique among everything the commune can name, the seeds' organisations are offered
/// as suggestions and never added on their own.
/// </summary>
public sealed class CommunePositionsTests
{
    private static readonly Commune HaBac = new("xã Hà Bắc", "huyện Hà Trung", "tỉnh Thanh Hóa", "Hà Bắc", "ỦY BAN NHÂN DÂN XÃ HÀ BẮC");
    private static readonly Commune Other = new("xã Hà Lai", "huyện Hà Trung", "tỉnh Thanh Hóa", "Hà Lai", "ỦY BAN NHÂN DÂN XÃ HÀ LAI");

    private static List<Position> Standard() => PositionCatalogue.StandardTitles.Select((t, i) => new Position(t, null, i)).ToList();

    private static CommunePositions Catalogue(params Position[] own) => new(HaBac.Id, Standard().Concat(own));

    [Fact]
    public void Nothing_is_added_on_its_own_and_every_seed_organisation_is_suggested()
    {
        var catalogue = Catalogue();

        Assert.Empty(catalogue.Organisations);
        Assert.Equal(OrganisationCatalogue.Suggested, catalogue.MissingSuggestions);
        Assert.Contains("Công an xã", OrganisationCatalogue.Suggested);
        Assert.Contains("Trung tâm học tập cộng đồng", OrganisationCatalogue.Suggested);
        Assert.Contains("Đài truyền thanh xã", OrganisationCatalogue.Suggested);
    }

    [Fact]
    public void An_organisation_is_added_with_its_contact_title_and_leaves_the_suggestions()
    {
        var catalogue = Catalogue();
        var military = catalogue.Find(PositionCatalogue.MilitaryCommander)!;

        var police = catalogue.AddOrganisation("  Công an   xã ", military.Id);

        Assert.Equal("Công an xã", police.Title);
        Assert.True(police.IsOrganisation);
        Assert.Equal(HaBac.Id, police.CommuneId);
        Assert.Equal(military.Id, police.ContactPositionId);
        Assert.True(police.Order > catalogue.Standard.Max(p => p.Order));
        Assert.Equal([police], catalogue.Organisations);
        Assert.DoesNotContain("Công an xã", catalogue.MissingSuggestions);
    }

    [Fact]
    public void A_suggestion_is_added_only_by_its_name_and_only_once()
    {
        var catalogue = Catalogue();

        var station = catalogue.AddSuggested("trạm y tế xã");

        Assert.Equal("Trạm y tế xã", station.Title);
        Assert.Null(station.ContactPositionId);
        Assert.Equal(CommunePositions.NameField, Assert.Throws<DomainException>(() => catalogue.AddSuggested("Trạm y tế xã")).Field);
        Assert.Equal("Không có tổ chức này trong danh sách gợi ý.", Assert.Throws<DomainException>(() => catalogue.AddSuggested("Hội Người cao tuổi")).Message);
    }

    [Fact]
    public void Names_are_unique_among_the_standard_titles_own_titles_and_organisations_letter_case_and_spacing_aside()
    {
        var it = new Position("Chuyên trách công nghệ thông tin", HaBac.Id, 10);
        var catalogue = Catalogue(it, new Position("Công an xã", HaBac.Id, 11, PositionKind.Organisation));

        var duplicate = Assert.Throws<DomainException>(() => catalogue.AddOrganisation("CÔNG AN  XÃ", null));
        Assert.Equal(CommunePositions.NameField, duplicate.Field);
        Assert.Equal("Xã đã có tổ chức \"Công an xã\". Tên chức danh, tổ chức của xã không được trùng nhau.", duplicate.Message);
        Assert.Contains("chức danh \"Chủ tịch UBND xã\"", Assert.Throws<DomainException>(() => catalogue.AddOrganisation("chủ tịch UBND xã", null)).Message);
        Assert.Equal("Nhập tên tổ chức.", Assert.Throws<DomainException>(() => catalogue.AddOrganisation("   ", null)).Message);
        Assert.Equal("Nhập tên chức danh.", Assert.Throws<DomainException>(() => catalogue.AddTitle("")).Message);
        Assert.Throws<DomainException>(() => catalogue.Rename(it.Id, "Công an xã"));
        Assert.Equal("Chuyên trách công nghệ thông tin", it.Title);
    }

    [Fact]
    public void Another_communes_positions_are_not_part_of_the_catalogue_and_do_not_clash()
    {
        var theirs = new Position("Công an xã", Other.Id, 10, PositionKind.Organisation);
        var catalogue = new CommunePositions(HaBac.Id, Standard().Append(theirs));

        Assert.Null(catalogue.Find(theirs.Id));
        Assert.Equal("Công an xã", catalogue.AddOrganisation("Công an xã", null).Title);
        Assert.Throws<DomainException>(() => catalogue.Rename(theirs.Id, "Công an xã Hà Lai"));
        Assert.Throws<DomainException>(() => catalogue.AddOrganisation("Hội Phụ nữ", theirs.Id));
    }

    [Fact]
    public void Renaming_keeps_the_position_and_its_contact_and_the_standard_titles_stay_as_the_law_names_them()
    {
        var catalogue = Catalogue();
        var office = catalogue.Find(PositionCatalogue.OfficeStatistics)!;
        var villages = catalogue.AddOrganisation("các thôn", office.Id);

        catalogue.Rename(villages.Id, "Các thôn");
        catalogue.Rename(villages.Id, "Các thôn, khu dân cư");

        Assert.Equal("Các thôn, khu dân cư", villages.Title);
        Assert.Equal(office.Id, villages.ContactPositionId);
        Assert.Equal(CommunePositions.NameField, Assert.Throws<DomainException>(() => catalogue.Rename(office.Id, "Văn phòng")).Field);
        Assert.Equal(PositionCatalogue.OfficeStatistics, office.Title);
    }

    [Fact]
    public void A_contact_is_a_title_of_the_commune_never_an_organisation()
    {
        var catalogue = Catalogue();
        var culture = catalogue.Find(PositionCatalogue.CultureSociety)!;
        var centre = catalogue.AddOrganisation("Trung tâm học tập cộng đồng", null);
        var school = catalogue.AddOrganisation("Trường Mầm non", null);
        var own = catalogue.AddTitle("Chuyên trách công nghệ thông tin");

        catalogue.SetContact(centre.Id, culture.Id);
        catalogue.SetContact(school.Id, own.Id);

        Assert.Equal(culture.Id, centre.ContactPositionId);
        Assert.Equal(own.Id, school.ContactPositionId);
        Assert.DoesNotContain(catalogue.ContactChoices, p => p.IsOrganisation);
        var refused = Assert.Throws<DomainException>(() => catalogue.SetContact(school.Id, centre.Id));
        Assert.Equal(CommunePositions.ContactField, refused.Field);
        Assert.Equal(own.Id, school.ContactPositionId);
        Assert.Equal(CommunePositions.ContactField, Assert.Throws<DomainException>(() => catalogue.SetContact(own.Id, culture.Id)).Field);
        Assert.Throws<DomainException>(() => catalogue.AddOrganisation("Hội Nông dân", Guid.NewGuid()));

        catalogue.SetContact(centre.Id, null);
        Assert.Null(centre.ContactPositionId);
    }
}
