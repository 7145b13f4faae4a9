using CcHc.Domain.Communes;
using CcHc.Domain.Positions;
using CcHc.Domain.Tracking;

namespace CcHc.Domain.Tests.Tracking;

/// <summary>
/// Who answers for a task whose leads are organisations (seed 004, xã Hà Bắc): "2.7. Thực hiện có hiệu quả Đề án 06 … -
/// Đơn vị chủ trì: Công an xã. - Đơn vị phối hợp: Các công chức chuyên môn UBND xã, và các thôn." and "2.4. Chấn chỉnh
/// tình trạng lạm thu đầu năm học … - Đơn vị chủ trì: Trung tâm học tập cộng đồng. - Đơn vị phối hợp: Trường Mầm non,
/// Trường Tiểu học, Trường THCS." The holder of an organisation's contact title reports for it, as a lead title's holder does.
/// </summary>
public sealed class TaskResponsibilityTests
{
    private static readonly Commune HaBac = new("xã Hà Bắc", "huyện Hà Trung", "tỉnh Thanh Hóa", "Hà Bắc", "ỦY BAN NHÂN DÂN XÃ HÀ BẮC");

    private static readonly Position Office = new(PositionCatalogue.OfficeStatistics);
    private static readonly Position Military = new(PositionCatalogue.MilitaryCommander);
    private static readonly Position Culture = new(PositionCatalogue.CultureSociety);
    private static readonly Position Police = new("Công an xã", HaBac.Id, 20, PositionKind.Organisation, Military.Id);
    private static readonly Position Villages = new("Các thôn", HaBac.Id, 21, PositionKind.Organisation, Office.Id);
    private static readonly Position LearningCentre = new("Trung tâm học tập cộng đồng", HaBac.Id, 22, PositionKind.Organisation, Culture.Id);
    private static readonly Position Kindergarten = new("Trường Mầm non", HaBac.Id, 23, PositionKind.Organisation, Culture.Id);
    private static readonly Position HealthStation = new("Trạm y tế xã", HaBac.Id, 24, PositionKind.Organisation);

    private static readonly IReadOnlyDictionary<Guid, Guid> Contacts =
        TaskResponsibilities.ContactsOf([Office, Military, Culture, Police, Villages, LearningCentre, Kindergarten, HealthStation]);

    private static TaskResponsibility? Of(Guid[] held, Guid? lead, Guid[] supports, Guid[]? coLeads = null) =>
        TaskResponsibilities.Of(held.ToHashSet(), lead, coLeads, supports, Contacts);

    [Fact]
    public void The_holder_of_the_contact_title_leads_the_organisations_task_and_is_told_for_which_organisation()
    {
        // 2.7: Công an xã leads; its contact is the military commander.
        var answer = Of([Military.Id], Police.Id, [Villages.Id]);

        Assert.NotNull(answer);
        Assert.Equal(TaskRole.Lead, answer.Role);
        Assert.Equal([Police.Id], answer.ForOrganisationIds);
    }

    [Fact]
    public void The_contact_of_a_supporting_organisation_supports()
    {
        // 2.7: "các thôn" support; their contact is the office clerk.
        var answer = Of([Office.Id], Police.Id, [Villages.Id]);

        Assert.Equal(TaskRole.Support, answer?.Role);
        Assert.Equal([Villages.Id], answer!.ForOrganisationIds);
    }

    [Fact]
    public void A_title_that_is_not_the_contact_has_no_part_in_the_organisations_task()
    {
        Assert.Null(Of([Office.Id, Culture.Id], Police.Id, []));
    }

    [Fact]
    public void An_organisation_without_a_contact_gives_nobody_a_part()
    {
        Assert.Null(Of([Office.Id, Military.Id, Culture.Id], HealthStation.Id, []));
        Assert.False(Contacts.ContainsKey(HealthStation.Id));
    }

    [Fact]
    public void Leading_beats_supporting_and_a_co_lead_organisation_leads()
    {
        // 2.4: Trung tâm học tập cộng đồng leads, the schools support; one culture clerk is the contact of both.
        var answer = Of([Culture.Id], LearningCentre.Id, [Kindergarten.Id]);
        Assert.Equal(TaskRole.Lead, answer?.Role);
        Assert.Equal([LearningCentre.Id], answer!.ForOrganisationIds);

        var coLead = Of([Military.Id], Office.Id, [], [Police.Id]);
        Assert.Equal(TaskRole.Lead, coLead?.Role);
        Assert.Equal([Police.Id], coLead!.ForOrganisationIds);
    }

    [Fact]
    public void Holding_the_lead_title_itself_names_no_organisation()
    {
        var answer = Of([Office.Id], Office.Id, [Villages.Id]);

        Assert.Equal(TaskRole.Lead, answer?.Role);
        Assert.Empty(answer!.ForOrganisationIds);
    }

    [Fact]
    public void A_contact_is_followed_one_step_and_only_to_a_title()
    {
        // An organisation whose "contact" is another organisation gives that organisation's contact no rights.
        var chained = new Position("Hội Phụ nữ", HaBac.Id, 30, PositionKind.Organisation, Police.Id);
        var contacts = TaskResponsibilities.ContactsOf([Military, Police, chained]);

        Assert.False(contacts.ContainsKey(chained.Id));
        Assert.Null(TaskResponsibilities.Of(new HashSet<Guid> { Military.Id }, chained.Id, null, [], contacts));
    }

    [Fact]
    public void Changing_the_contact_moves_the_right_at_once()
    {
        var police = new Position("Công an xã", HaBac.Id, 20, PositionKind.Organisation, Military.Id);
        police.SetContact(Office.Id);
        var contacts = TaskResponsibilities.ContactsOf([Office, Military, police]);

        Assert.Null(TaskResponsibilities.Of(new HashSet<Guid> { Military.Id }, police.Id, null, [], contacts));
        Assert.Equal(TaskRole.Lead, TaskResponsibilities.Of(new HashSet<Guid> { Office.Id }, police.Id, null, [], contacts)?.Role);
    }
}
