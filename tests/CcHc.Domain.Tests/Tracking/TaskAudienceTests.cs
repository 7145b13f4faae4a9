using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Positions;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Tests.Tracking;

/// <summary>
/// Who holds a task (issue 18, "Tasks that reach people"), with the seeds' group titles: seed 002 (Cẩm Sơn) gives field 5
/// to "Toàn thể cán bộ, công chức trong cơ quan"; seed 004 (Hà Bắc) names "Các công chức chuyên môn" and "Các ban,
/// ngành, đoàn thể" as leads and supporters. Members are listed per commune; every member's holder sees and reports on
/// the task, and an item may also name people by account.
/// </summary>
public sealed class TaskAudienceTests
{
    private static readonly Commune HaBac = new("xã Hà Bắc", "huyện Hà Trung", "tỉnh Thanh Hóa", "Hà Bắc", "ỦY BAN NHÂN DÂN XÃ HÀ BẮC");

    private static readonly Position Office = new(PositionCatalogue.OfficeStatistics, null, 0);
    private static readonly Position Justice = new(PositionCatalogue.JusticeCivilStatus, null, 1);
    private static readonly Position Finance = new(PositionCatalogue.FinanceAccounting, null, 2);
    private static readonly Position Culture = new(PositionCatalogue.CultureSociety, null, 3);
    private static readonly Position Military = new(PositionCatalogue.MilitaryCommander, null, 5);
    private static readonly Position Chairman = new(PositionCatalogue.Chairman, null, 6);
    private static readonly Position AllStaff = new(PositionCatalogue.AllStaff, null, 8);
    private static readonly Position Specialists = new("Các công chức chuyên môn", HaBac.Id, 10, PositionKind.Group);
    private static readonly Position Bodies = new("Các ban, ngành, đoàn thể", HaBac.Id, 11, PositionKind.Group);
    private static readonly Position Police = new("Công an xã", HaBac.Id, 20, PositionKind.Organisation, Military.Id);
    private static readonly Position Youth = new("Đoàn Thanh niên", HaBac.Id, 21, PositionKind.Organisation, Culture.Id);

    private static readonly Position[] All = [Office, Justice, Finance, Culture, Military, Chairman, AllStaff, Specialists, Bodies, Police, Youth];

    private static readonly TaskHolder OfficeClerk = new("clerk", new HashSet<Guid> { Office.Id });
    private static readonly TaskHolder JusticeStaff = new("justice", new HashSet<Guid> { Justice.Id });
    private static readonly TaskHolder CultureStaff = new("culture", new HashSet<Guid> { Culture.Id });
    private static readonly TaskHolder Commander = new("military", new HashSet<Guid> { Military.Id });
    private static readonly TaskHolder ChairmanAccount = new("chairman", new HashSet<Guid> { Chairman.Id });
    private static readonly TaskHolder NoPosition = new("new-staff", new HashSet<Guid>());

    private static readonly TaskHolder[] Holders = [OfficeClerk, JusticeStaff, CultureStaff, Commander, ChairmanAccount, NoPosition];

    /// <summary>Hà Bắc's groups: the specialists are the five civil-servant titles; the bodies are Công an and the Youth Union.</summary>
    private static CommunePositions Catalogue()
    {
        var catalogue = new CommunePositions(HaBac.Id, All);
        catalogue.SetMembers(Specialists.Id, [Office.Id, Justice.Id, Finance.Id, Culture.Id]);
        catalogue.SetMembers(Bodies.Id, [Police.Id, Youth.Id]);
        return catalogue;
    }

    private static PositionReach Reach(CommunePositions catalogue) => PositionReach.Of(HaBac.Id, All, catalogue.Members);

    private static TaskNaming Naming(Guid? lead, Guid[]? supports = null, string[]? people = null, Guid[]? coLeads = null) =>
        new(lead, coLeads ?? [], supports ?? [], people ?? []);

    [Fact]
    public void Every_holder_of_a_member_title_of_the_specialists_group_leads_its_task_and_is_told_through_which_group()
    {
        // Seed 004: "Chủ trì: Các công chức chuyên môn thuộc UBND xã."
        var members = TaskAudience.Members(Naming(Specialists.Id), Holders, Reach(Catalogue()));

        Assert.Equal(["clerk", "justice", "culture"], members.Select(m => m.Holder.UserId));
        Assert.All(members, m => Assert.Equal(TaskRole.Lead, m.Responsibility.Role));
        Assert.All(members, m => Assert.Equal([Specialists.Id], m.Responsibility.Groups));
    }

    [Fact]
    public void A_group_of_organisations_reaches_each_organisations_contact_as_support()
    {
        // Seed 004: "Phối hợp: Các ban, ngành, đoàn thể liên quan." Công an's contact is the commander, the Youth Union's
        // the culture officer.
        var reach = Reach(Catalogue());
        var members = TaskAudience.Members(Naming(Office.Id, [Bodies.Id]), Holders, reach);

        Assert.Equal([("clerk", TaskRole.Lead), ("culture", TaskRole.Support), ("military", TaskRole.Support)],
            members.Select(m => (m.Holder.UserId, m.Responsibility.Role)));
        var commander = TaskAudience.Of(Commander, Naming(Office.Id, [Bodies.Id]), reach)!;
        Assert.Equal([Police.Id], commander.ForOrganisationIds);
        Assert.Equal([Bodies.Id], commander.Groups);
    }

    [Fact]
    public void All_staff_without_listed_members_reaches_every_account_of_the_commune_even_one_without_a_position()
    {
        // Seed 002, field 5: "Thực hiện: Toàn thể cán bộ, công chức trong cơ quan."
        var members = TaskAudience.Members(Naming(AllStaff.Id), Holders, Reach(new CommunePositions(HaBac.Id, All)));

        Assert.Equal(Holders.Select(h => h.UserId), members.Select(m => m.Holder.UserId));
        Assert.All(members, m => Assert.Equal(TaskRole.Lead, m.Responsibility.Role));
    }

    [Fact]
    public void All_staff_with_members_listed_by_the_commune_reaches_only_them_and_nested_groups_are_followed()
    {
        var catalogue = Catalogue();
        catalogue.SetMembers(AllStaff.Id, [Specialists.Id, Chairman.Id]);

        var members = TaskAudience.Members(Naming(AllStaff.Id), Holders, Reach(catalogue));

        Assert.Equal(["clerk", "justice", "culture", "chairman"], members.Select(m => m.Holder.UserId));
        Assert.Null(TaskAudience.Of(NoPosition, Naming(AllStaff.Id), Reach(catalogue)));
        Assert.Equal([Specialists.Id, AllStaff.Id], TaskAudience.Of(JusticeStaff, Naming(AllStaff.Id), Reach(catalogue))!.Groups);
    }

    [Fact]
    public void A_person_named_on_the_item_leads_it_without_holding_any_position_and_lead_wins_over_support()
    {
        var reach = Reach(Catalogue());

        Assert.Equal(TaskRole.Lead, TaskAudience.Of(NoPosition, Naming(Military.Id, people: ["new-staff"]), reach)?.Role);
        Assert.Null(TaskAudience.Of(NoPosition, Naming(Military.Id), reach));
        Assert.Equal(TaskRole.Lead, TaskAudience.Of(JusticeStaff, Naming(Justice.Id, [Specialists.Id]), reach)?.Role);
        Assert.Equal(TaskRole.Support, TaskAudience.Of(JusticeStaff, Naming(Military.Id, [Specialists.Id]), reach)?.Role);
    }

    [Fact]
    public void A_title_that_is_no_member_of_the_group_has_no_part()
    {
        Assert.Null(TaskAudience.Of(Commander, Naming(Specialists.Id), Reach(Catalogue())));
        Assert.Null(TaskAudience.Of(ChairmanAccount, Naming(Bodies.Id), Reach(Catalogue())));
    }

    [Fact]
    public void Members_are_listed_per_commune_and_a_group_cannot_contain_itself_even_through_another_group()
    {
        var catalogue = Catalogue();
        catalogue.SetMembers(Bodies.Id, [Specialists.Id]);

        var loop = Assert.Throws<DomainException>(() => catalogue.SetMembers(Specialists.Id, [Bodies.Id]));
        Assert.Equal("Nhóm \"Các ban, ngành, đoàn thể\" đã bao gồm \"Các công chức chuyên môn\"; không thể lồng vòng.", loop.Message);
        var self = Assert.Throws<DomainException>(() => catalogue.SetMembers(Specialists.Id, [Specialists.Id]));
        Assert.Equal("Một nhóm không là thành viên của chính nó.", self.Message);
        var notGroup = Assert.Throws<DomainException>(() => catalogue.SetMembers(Office.Id, [Justice.Id]));
        Assert.Equal($"\"{PositionCatalogue.OfficeStatistics}\" không phải là một nhóm.", notGroup.Message);

        // Another commune's list does not reach Hà Bắc's tasks.
        var elsewhere = new PositionGroupMember(Guid.NewGuid(), Specialists.Id, Military.Id);
        var reach = PositionReach.Of(HaBac.Id, All, [.. catalogue.Members, elsewhere]);
        Assert.Null(TaskAudience.Of(Commander, Naming(Specialists.Id), reach));
    }

    [Fact]
    public void A_member_title_cannot_be_removed_while_a_group_lists_it()
    {
        var own = new Position("Chuyên trách công nghệ thông tin", HaBac.Id, 30);
        var catalogue = new CommunePositions(HaBac.Id, [.. All, own]);
        catalogue.SetMembers(Specialists.Id, [own.Id]);

        var refused = Assert.Throws<DomainException>(() => catalogue.Remove(own.Id, new PositionUse(0, 0)));
        Assert.Contains("là thành viên của nhóm Các công chức chuyên môn", refused.Message, StringComparison.Ordinal);
        catalogue.Remove(Specialists.Id, new PositionUse(0, 0));
        Assert.Empty(catalogue.Members);
    }
}
