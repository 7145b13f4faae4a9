using CcHc.Domain.Assessments;
using CcHc.Domain.Communes;
using CcHc.Domain.Criteria;
using CcHc.Domain.Deadlines;
using CcHc.Domain.Plans;
using CcHc.Domain.Positions;

namespace CcHc.DemoData;

/// <summary>
/// Many made-up communes under one office, for load tests and benchmarks (never loaded as demo data): one shared
/// complete criteria set (8 fields × 3 criteria, 100 points), an assessment with a score for every criterion, ranks
/// among the generated communes, and an issued plan (one item per field that lost points, two tasks each, deadlines
/// by quarter) with some progress. Built through the domain's own methods; deterministic for a given seed.
/// </summary>
public static class SyntheticOffice
{
    public const int AssessmentYear = 2023;

    private static readonly decimal[] FieldMaxima = [11m, 7m, 14.5m, 6m, 16.5m, 13.5m, 20m, 11.5m];

    private static readonly string[] FieldTitles =
    [
        "Chỉ đạo điều hành", "Cải cách thể chế", "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy",
        "Cải cách chế độ công vụ", "Cải cách tài chính công", "Xây dựng, phát triển chính quyền điện tử, chính quyền số",
        "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế xã hội",
    ];

    private static readonly string[] DeadlineWordings =
        ["Quý I năm 2024", "Quý II năm 2024", "Trước Quý III năm 2024", "Quý IV năm 2024", "Năm 2024"];

    /// <summary>
    /// <paramref name="count"/> communes named "xã Thử nghiệm 001"… under <paramref name="office"/>, all sharing one
    /// criteria set. <paramref name="standardPositions"/>: the standard catalogue as stored (leads refer to their ids).
    /// </summary>
    public static IReadOnlyList<DemoCommune> Build(IReadOnlyList<Position> standardPositions, OversightOffice office, int count, int seed = 2024)
    {
        ArgumentNullException.ThrowIfNull(standardPositions);
        ArgumentNullException.ThrowIfNull(office);
        var random = new Random(seed);
        var set = new CriteriaSet($"Bộ tiêu chí thử tải năm {AssessmentYear}", IndexKind.ParIndex, office.Province, AssessmentYear, CriteriaCoverage.Complete);
        set.SetClassificationBands(CriteriaSet.DefaultParIndexBands);
        var leaves = new List<(CriterionNode Field, CriterionNode Leaf)>();
        for (var f = 0; f < FieldMaxima.Length; f++)
        {
            var field = set.AddNode(null, (f + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), FieldTitles[f], FieldMaxima[f]);
            var first = Math.Round(FieldMaxima[f] * 0.4m, 2);
            var second = Math.Round(FieldMaxima[f] * 0.3m, 2);
            decimal[] maxima = [first, second, FieldMaxima[f] - first - second];
            for (var c = 0; c < maxima.Length; c++)
            {
                leaves.Add((field, set.AddNode(field, $"{f + 1}.{c + 1}", $"Tiêu chí {f + 1}.{c + 1}", maxima[c])));
            }
        }

        var leads = new[] { PositionCatalogue.OfficeStatistics, PositionCatalogue.JusticeCivilStatus, PositionCatalogue.FinanceAccounting, PositionCatalogue.CultureSociety }
            .Select(title => standardPositions.First(p => p.CommuneId is null && p.Title == title))
            .ToArray();
        var actor = new Actor("synthetic", "Dữ liệu thử tải");
        var at = new DateTimeOffset(2024, 2, 1, 8, 0, 0, TimeSpan.FromHours(7));
        var built = new List<(Commune Commune, Assessment Assessment, decimal Total)>(count);
        for (var n = 1; n <= count; n++)
        {
            var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"xã Thử nghiệm {n:000}");
            var commune = new Commune(name, office.District, office.Province, $"Thử nghiệm {n:000}", "ỦY BAN NHÂN DÂN\nXÃ THỬ NGHIỆM");
            commune.SetChairman("Nguyễn Văn Thử");
            commune.AssignTo(office);
            var assessment = new Assessment(commune.Id, set, AssessmentYear, new SourceDecision($"{n}/QĐ-THU", new DateOnly(2023, 12, 26), UnitWording.SuperiorCommittee(commune)));
            var level = 0.55 + (random.NextDouble() * 0.4);
            decimal total = 0;
            foreach (var (_, leaf) in leaves)
            {
                var max = leaf.MaxScore!.Value;
                var share = Math.Clamp(level + ((random.NextDouble() - 0.5) * 0.3), 0, 1);
                var appraised = Math.Min(max, Math.Round(max * (decimal)share * 4m, MidpointRounding.AwayFromZero) / 4m);
                assessment.RecordScore(leaf, appraised);
                total += appraised;
            }

            built.Add((commune, assessment, total));
        }

        var ranks = Ranking.Compute(built.Select(b => (b.Assessment.Id, b.Total)).ToList());
        var result = new List<DemoCommune>(count);
        foreach (var (commune, assessment, total) in built)
        {
            assessment.SetResult(total, ranks[assessment.Id], set.Classify(total, 100m));
            var evaluation = assessment.Evaluate(set);
            var plan = new RemediationPlan(commune.Id, assessment, PlanDrafter.Header(commune, assessment, evaluation));
            foreach (var field in evaluation.Fields.Where(f => f.IsDeducted))
            {
                var deadline = Deadline.Parse(DeadlineWordings[random.Next(DeadlineWordings.Length)], plan.Year);
                plan.AddItem(new ItemContent(
                    field.Node.Title,
                    field.Node.Id,
                    [field.Node.Id],
                    "Chưa thực hiện đầy đủ các nội dung của tiêu chí.",
                    leads[random.Next(leads.Length)].Id,
                    [],
                    deadline,
                    [new TaskContent("Rà soát, khắc phục các nội dung bị trừ điểm."), new TaskContent("Báo cáo kết quả khắc phục.")]));
            }

            plan.Submit(actor, at, evaluation);
            plan.Approve(actor, at.AddDays(1));
            plan.Issue(actor, at.AddDays(2), (result.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2024, 2, 3));
            foreach (var task in plan.Items.SelectMany(i => i.Tasks))
            {
                var roll = random.Next(3);
                if (roll > 0)
                {
                    plan.RecordProgress(task.Id, roll == 1 ? TaskProgress.InProgress : TaskProgress.Done, out _);
                }
            }

            result.Add(new DemoCommune(commune, office, [], set, assessment, plan));
        }

        return result;
    }
}
