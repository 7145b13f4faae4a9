using CcHc.DemoData;
using CcHc.Domain.Common;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Plans;
using CcHc.Domain.Tests.Builders;

namespace CcHc.Domain.Tests.Overview;

/// <summary>The office overview's rules: classification from the set's bands, groups, plan states, counts, due dates, revision requests.</summary>
public class OverviewRulesTests
{
    private static readonly StandardPositions Positions = new();

    private static DemoCommune Seed(string name) => DemoCatalog.BuildAll(Positions).Single(d => d.Commune.Name == name);

    [Fact]
    public void Cam_son_2023_with_85_08_of_a_deducted_only_set_is_kha_on_the_par_index_scale_of_100()
    {
        var demo = Seed("xã Cẩm Sơn");
        var evaluation = demo.Assessment.Evaluate(demo.CriteriaSet);

        // The seed's set lists only the criteria that lost points: its fields cannot add up to the maximum.
        Assert.Equal(CriteriaCoverage.DeductedOnly, demo.CriteriaSet.Coverage);
        Assert.Null(demo.Assessment.Classification);
        Assert.Equal(85.08m, demo.Assessment.StatedTotal);
        Assert.Equal(100m, Classification.ScaleOf(demo.CriteriaSet, evaluation.TotalMax));
        Assert.Equal("Khá", Classification.Of(demo.CriteriaSet, demo.Assessment.StatedTotal, evaluation.TotalMax));
        Assert.Equal(70m, Classification.LevelOf(demo.CriteriaSet, "Khá"));
    }

    [Fact]
    public void Trieu_trach_2022_with_92_59_is_tot_as_its_decision_says()
    {
        var demo = Seed("xã Triệu Trạch");

        Assert.Equal("Tốt", demo.Assessment.Classification);
        Assert.Equal(demo.Assessment.Classification, Classification.Of(demo.CriteriaSet, demo.Assessment.StatedTotal, null));
    }

    [Theory]
    [InlineData(90, "Tốt")]
    [InlineData(89.99, "Khá")]
    [InlineData(70, "Khá")]
    [InlineData(69.99, "Trung bình")]
    [InlineData(50, "Trung bình")]
    [InlineData(49.99, "Kém")]
    [InlineData(0, "Kém")]
    public void The_default_bands_meet_at_their_lower_bounds(double total, string expected)
    {
        var set = new CriteriaSet("Bộ thử", IndexKind.ParIndex, "tỉnh Hà Tĩnh", 2025, CriteriaCoverage.DeductedOnly);
        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);

        Assert.Equal(expected, Classification.Of(set, (decimal)total, null));
    }

    [Fact]
    public void A_complete_set_reads_the_total_against_its_fields_maxima_and_a_set_without_bands_has_no_class()
    {
        var complete = new CriteriaSetBuilder(CriteriaCoverage.Complete).Field("A", 40).Field("B", 40).Build();
        complete.SetClassificationBands(CriteriaSet.DefaultParIndexBands);
        var bare = new CriteriaSet("Không ngưỡng", IndexKind.ParIndex, "tỉnh Hà Tĩnh", 2025, CriteriaCoverage.Complete);
        var sipas = new CriteriaSet("SIPAS", IndexKind.Sipas, "tỉnh Hà Tĩnh", 2025, CriteriaCoverage.DeductedOnly);
        sipas.SetClassificationBands(CriteriaSet.DefaultParIndexBands);

        // 72 of 80 = 90 %: Tốt (of 100 it would be Khá).
        Assert.Equal("Tốt", Classification.Of(complete, 72m, 80m));
        Assert.Null(Classification.Of(bare, 95m, 100m));
        Assert.Null(Classification.Of(complete, null, 80m));
        Assert.Null(Classification.Of(sipas, 95m, null));
    }

    [Theory]
    [InlineData("xã Cẩm Lạc", CommuneGroup.Xa)]
    [InlineData("phường Phong Quảng", CommuneGroup.Phuong)]
    [InlineData("Phường Hải An", CommuneGroup.Phuong)]
    [InlineData("đặc khu Côn Đảo", CommuneGroup.DacKhu)]
    [InlineData("thị trấn Thiên Cầm", CommuneGroup.Xa)]
    public void A_units_group_is_its_official_type_read_in_one_place(string name, CommuneGroup expected) =>
        Assert.Equal(expected, CommuneGroups.Of(new Commune(name, null, "tỉnh Thử", name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..], "ỦY BAN NHÂN DÂN")));

    [Theory]
    [InlineData("Phuong", CommuneGroup.Phuong)]
    [InlineData("DacKhu", CommuneGroup.DacKhu)]
    [InlineData("", null)]
    [InlineData("1", null)]
    [InlineData("huyện", null)]
    public void Group_and_state_filters_ignore_unknown_values(string value, CommuneGroup? expected)
    {
        Assert.Equal(expected, CommuneGroups.Parse(value));
        Assert.Null(OverviewPlanStates.Parse(value == "Phuong" ? "Phuong" : value));
    }

    [Fact]
    public void Plan_states_count_every_commune_once_with_overdue_work_and_late_communes()
    {
        Assert.Equal(OverviewPlanState.None, OverviewPlanStates.Of(null, false));
        Assert.Equal(OverviewPlanState.Issued, OverviewPlanStates.Of(PlanStatus.Issued, false));
        Assert.Equal(OverviewPlanState.IssuedSigned, OverviewPlanStates.Of(PlanStatus.Issued, true));
        Assert.Equal(OverviewPlanState.Draft, OverviewPlanStates.Of(PlanStatus.Draft, true));
        Assert.Equal(OverviewPlanState.Returned, OverviewPlanStates.Parse("Returned"));

        var counts = OverviewCounts.Of(
        [
            (OverviewPlanState.None, 0, true),
            (OverviewPlanState.Draft, 0, true),
            (OverviewPlanState.Draft, 0, false),
            (OverviewPlanState.Submitted, 0, false),
            (OverviewPlanState.Issued, 3, false),
            (OverviewPlanState.IssuedSigned, 1, false),
        ]);

        Assert.Equal(6, counts.Communes);
        Assert.Equal(1, counts[OverviewPlanState.None]);
        Assert.Equal(2, counts[OverviewPlanState.Draft]);
        Assert.Equal(1, counts[OverviewPlanState.Submitted]);
        Assert.Equal(0, counts[OverviewPlanState.Approved]);
        Assert.Equal(1, counts[OverviewPlanState.Issued]);
        Assert.Equal(1, counts[OverviewPlanState.IssuedSigned]);
        Assert.Equal(counts.Communes, OverviewPlanStates.All.Sum(s => counts[s]));
        Assert.Equal(2, counts.CommunesWithOverdueTasks);
        Assert.Equal(4, counts.OverdueTasks);
        Assert.Equal(2, counts.Late);
    }

    [Fact]
    public void A_commune_is_late_only_after_the_due_date_and_only_without_a_version_issued_by_then()
    {
        var due = new DateOnly(2025, 3, 31);

        Assert.False(SubmissionDueDate.IsLate(due, due, []));
        Assert.True(SubmissionDueDate.IsLate(due, due.AddDays(1), []));
        Assert.True(SubmissionDueDate.IsLate(due, due.AddDays(1), [null]));
        Assert.True(SubmissionDueDate.IsLate(due, due.AddDays(10), [due.AddDays(2)]));
        Assert.False(SubmissionDueDate.IsLate(due, due.AddDays(10), [null, due]));
        Assert.False(SubmissionDueDate.IsLate(due, due.AddDays(10), [due.AddDays(5), new DateOnly(2025, 2, 1)]));
    }

    [Fact]
    public void A_due_date_belongs_to_its_year_or_the_two_after()
    {
        var office = Guid.CreateVersion7();

        Assert.Equal(new DateOnly(2026, 3, 31), new SubmissionDueDate(office, 2025, new DateOnly(2026, 3, 31)).DueDate);
        Assert.Throws<DomainException>(() => new SubmissionDueDate(office, 2025, new DateOnly(2024, 12, 31)));
        Assert.Throws<DomainException>(() => new SubmissionDueDate(office, 2025, new DateOnly(2028, 1, 1)));
    }

    [Fact]
    public void A_revision_request_needs_an_issued_version_and_a_reason_and_is_answered_by_a_later_version()
    {
        var reviewer = new Actor("reviewer", "Sở Nội vụ");
        Assert.Throws<DomainException>(() => new RevisionRequest(new PlanBuilder().InStatus(PlanStatus.Approved).Plan, "Bổ sung", reviewer, PlanBuilder.At));
        var v1 = new PlanBuilder().InStatus(PlanStatus.Issued).Plan;
        Assert.Throws<DomainException>(() => new RevisionRequest(v1, "  ", reviewer, PlanBuilder.At));
        Assert.Throws<DomainException>(() => new RevisionRequest(v1, new string('x', RevisionRequest.MaxReason + 1), reviewer, PlanBuilder.At));

        var request = new RevisionRequest(v1, "  Bổ sung kinh phí cho nhiệm vụ 2.  ", reviewer, PlanBuilder.At);
        Assert.True(request.IsOpen);
        Assert.Equal("Bổ sung kinh phí cho nhiệm vụ 2.", request.Reason);
        Assert.Equal(v1.CommuneId, request.CommuneId);
        Assert.Equal(1, request.PlanVersion);
        Assert.Throws<DomainException>(() => request.Answer(v1, PlanBuilder.Clerk, PlanBuilder.At));
        Assert.Throws<DomainException>(() => request.Answer(new PlanBuilder().InStatus(PlanStatus.Issued).Plan, PlanBuilder.Clerk, PlanBuilder.At));

        var v2 = v1.StartNextVersion(PlanBuilder.Clerk, PlanBuilder.At.AddDays(1));
        request.Answer(v2, PlanBuilder.Clerk, PlanBuilder.At.AddDays(1));
        Assert.False(request.IsOpen);
        Assert.Equal(v2.Id, request.AnsweredByPlanId);
        Assert.Equal(2, request.AnsweredByVersion);
        Assert.Equal(PlanBuilder.Clerk.Name, request.AnsweredByName);

        // The first answer stays.
        var v3 = new PlanBuilder().Plan;
        request.Answer(v2, PlanBuilder.Chairman, PlanBuilder.At.AddDays(5));
        Assert.Equal(PlanBuilder.Clerk.Name, request.AnsweredByName);
        Assert.NotEqual(v3.LineageId, request.LineageId);
    }
}
