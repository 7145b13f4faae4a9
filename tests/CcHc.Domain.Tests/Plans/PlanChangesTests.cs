using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Tests.Builders;
using static CcHc.Domain.Tests.Builders.PlanBuilder;

namespace CcHc.Domain.Tests.Plans;

/// <summary>
/// "Changes since the last submission": the submission's content against the plan now, in the words of the seed plans
/// (seed 000's headings, titles and deadlines) — items added and removed, fields old → new with Vietnamese labels and
/// names instead of ids, nothing for what did not change.
/// </summary>
public sealed class PlanChangesTests
{
    private static readonly Guid VanPhong = Guid.CreateVersion7();
    private static readonly Guid TuPhap = Guid.CreateVersion7();

    private sealed class Names(PlanBuilder builder) : IPlanNames
    {
        public string Position(Guid id) => id == VanPhong ? "Công chức Văn phòng - Thống kê" : id == TuPhap ? "Công chức Tư pháp - Hộ tịch" : id == Lead ? "Chủ tịch UBND xã" : "(không rõ)";

        public string Criterion(Guid id) => builder.Set.Find(id)?.DisplayName ?? "(không rõ)";

        public string Field(Guid id) => builder.Set.Find(id)?.DisplayName ?? "(không rõ)";
    }

    private static ItemContent Chidao(PlanBuilder b, Guid lead, string deadline, params string[] tasks) => new(
        "Công tác chỉ đạo, điều hành cải cách hành chính", null, [b.Node("A").Id], "Chưa kịp thời ban hành kế hoạch", lead, [],
        Deadline.Parse(deadline, 2024), tasks.Select(t => new TaskContent(t)).ToList());

    [Fact]
    public void Nothing_changed_lists_nothing()
    {
        var builder = new PlanBuilder().InStatus(PlanStatus.Returned);
        var submitted = SubmittedContent.Of(builder.Plan);

        Assert.Empty(PlanChanges.Since(submitted, builder.Plan, new Names(builder)));
    }

    [Fact]
    public void A_changed_field_an_added_item_a_removed_item_and_reworded_tasks_read_in_vietnamese()
    {
        var builder = new PlanBuilder();
        builder.Plan.AddItem(Chidao(builder, VanPhong, "Quý I/2024", "Ban hành Kế hoạch CCHC năm 2024"));
        var removed = builder.Plan.AddItem(Item("Lĩnh vực B", builder.Node("B")));
        var submission = builder.Plan.Submit(Clerk, At, builder.Evaluation);
        builder.Plan.Return(Chairman, At.AddHours(1), "Bổ sung đơn vị phối hợp");
        builder.Plan.ReopenForEditing(Clerk, At.AddHours(2));

        var first = builder.Plan.Items[0];
        builder.Plan.UpdateItem(first.Id, Chidao(builder, TuPhap, "Trước 30/6/2024", "Ban hành Kế hoạch CCHC năm 2024 đúng thời hạn") with
        {
            Tasks = [new TaskContent("Ban hành Kế hoạch CCHC năm 2024 đúng thời hạn", Id: first.Tasks[0].Id), new TaskContent("Kiểm tra việc thực hiện")],
        });
        builder.Plan.RemoveItem(removed.Id);
        builder.Plan.AddItem(Item("Cải cách thủ tục hành chính", builder.Node("A.2")));
        builder.Plan.UpdateHeader(builder.Plan.Header with { Summary = "Khắc phục hạn chế, tồn tại trong công tác CCHC năm 2023" });

        var changes = PlanChanges.Since(submission.Content!, builder.Plan, new Names(builder));
        var lines = changes.Select(c => $"{c.Kind} | {c.Where} | {c.Field} | {c.Old} | {c.New}").ToList();

        Assert.Contains("Header | Phần chung | Trích yếu | Khắc phục | Khắc phục hạn chế, tồn tại trong công tác CCHC năm 2023", lines);
        Assert.Contains("ItemChanged | Mục 1. Công tác chỉ đạo, điều hành cải cách hành chính | Chủ trì | Công chức Văn phòng - Thống kê | Công chức Tư pháp - Hộ tịch", lines);
        Assert.Contains(lines, l => l.StartsWith("ItemChanged | Mục 1. Công tác chỉ đạo, điều hành cải cách hành chính | Thời gian thực hiện | Quý I", StringComparison.Ordinal) && l.EndsWith("30/6/2024", StringComparison.Ordinal));
        Assert.Contains("ItemChanged | Mục 1. Công tác chỉ đạo, điều hành cải cách hành chính | Nhiệm vụ | Ban hành Kế hoạch CCHC năm 2024 | Ban hành Kế hoạch CCHC năm 2024 đúng thời hạn", lines);
        Assert.Contains("ItemChanged | Mục 1. Công tác chỉ đạo, điều hành cải cách hành chính | Nhiệm vụ thêm mới |  | Kiểm tra việc thực hiện", lines);
        Assert.Contains(changes, c => c.Kind == PlanChangeKind.ItemRemoved && c.Where == "Mục 2. Lĩnh vực B" && c.Old!.Contains("Nguyên nhân: Nguyên nhân", StringComparison.Ordinal));
        Assert.Contains(changes, c => c.Kind == PlanChangeKind.ItemAdded && c.Where == "Mục 2. Cải cách thủ tục hành chính" && c.New!.Contains("A.2", StringComparison.Ordinal));

        // Unchanged fields (the cause, the criteria) say nothing; no id, no English field name shows.
        Assert.DoesNotContain(changes, c => c.Field is "Nguyên nhân" or "Tiêu chí bị trừ điểm");
        Assert.All(lines, l => Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", l));
        Assert.All(changes, c => Assert.DoesNotMatch("^[A-Z][a-z]+[A-Z]", c.Field ?? string.Empty));
    }

    [Fact]
    public void The_submission_records_what_the_plan_held_when_it_was_submitted()
    {
        var builder = new PlanBuilder().Complete();

        var submission = builder.Plan.Submit(Clerk, At, builder.Evaluation);

        Assert.Equal(builder.Plan.Id, submission.PlanId);
        Assert.Equal(At, submission.At);
        var content = Assert.IsType<SubmittedContent>(submission.Content);
        Assert.Equal("Khắc phục", content.Header["Summary"]);
        Assert.Equal("Lĩnh vực A", Assert.Single(content.Items).Heading);
        Assert.Equal("Nhiệm vụ", Assert.Single(content.Items[0].Tasks).Description);
    }
}
