using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Web.Features.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Assessments;

/// <summary>One row of the score sheet as typed ("1,43" or "1.43"; empty is unknown).</summary>
public sealed class ScoreInput
{
    public Guid NodeId { get; set; }

    [StringLength(12)]
    public string? Appraised { get; set; }

    [StringLength(12)]
    public string? SelfAssessed { get; set; }

    [StringLength(12)]
    public string? StatedDeduction { get; set; }

    [StringLength(2000, ErrorMessage = "Nguyên nhân tối đa {1} ký tự.")]
    public string? Reason { get; set; }

    public static ScoreInput From(CriterionNode node, CriterionScore? score) => new()
    {
        NodeId = node.Id,
        Appraised = Text(score?.AppraisedScore),
        SelfAssessed = Text(score?.SelfAssessedScore),
        StatedDeduction = Text(score?.StatedDeduction),
        Reason = score?.Reason,
    };

    private static string? Text(decimal? score) => score is { } value ? VietnameseNumbers.Score(value) : null;
}

/// <summary>The whole score sheet as posted, with the assessment's concurrency token when the form was read.</summary>
public sealed record ScoreSheetInput(Guid AssessmentId, Guid ConcurrencyToken, AssessmentInfoInput Info, IReadOnlyList<ScoreInput> Rows);

/// <summary>
/// Saves the score sheet as a whole: the decision's details and every row, through the domain (which checks each
/// score's range). Refused while the assessment is locked (<see cref="AssessmentLock"/>); errors go beside their cell
/// ("Rows[3].SelfAssessed"); nothing is half-saved; a save based on a stale read is a conflict. The commune's clerk only.
/// </summary>
public sealed class RecordScores(CcHcDbContext db, IAuthorizationService authorization)
{
    /// <param name="formIsValid">False when the form's own checks (lengths, required fields) failed: nothing is saved, but every other problem is still reported.</param>
    public async Task<CommandResult> RunAsync(ScoreSheetInput input, bool formIsValid, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentData.FindAsync(db, input.AssessmentId, track: true, cancellationToken);
        if (assessment is null)
        {
            return CommandResult.NotFound();
        }

        var resource = await AssessmentResource.OfCommuneAsync(db, assessment.CommuneId, cancellationToken);
        if (!(await authorization.AuthorizeAsync(user, resource, AssessmentOperations.Edit)).Succeeded)
        {
            return CommandResult.Forbidden();
        }

        if (await AssessmentData.IsLockedAsync(db, assessment.Id, cancellationToken))
        {
            return CommandResult.Invalid(FieldError.ForForm(AssessmentLock.Message));
        }

        var set = await AssessmentData.CriteriaSetOfAsync(db, assessment, cancellationToken);
        var errors = new List<FieldError>();
        var (decision, rank, total) = input.Info.Validate(errors, "Info");
        var rows = Parse(input.Rows, set, errors);
        if (!formIsValid || errors.Count > 0 || decision is null)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Invalid(errors);
        }

        db.Entry(assessment).Property(CcHcDbContext.ConcurrencyToken).OriginalValue = input.ConcurrencyToken;
        try
        {
            assessment.UpdateDecision(decision);
            assessment.SetResult(total, rank, input.Info.Classification);
        }
        catch (DomainException ex)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Refused(ex, field => $"Info.{field}");
        }

        foreach (var (node, appraised, self, stated, reason, index) in rows)
        {
            try
            {
                assessment.RecordScore(node, appraised, stated, self, reason);
            }
            catch (DomainException ex)
            {
                errors.Add(new FieldError($"Rows[{index}].{RowField(ex.Field)}", ex.Message));
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Invalid(errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Stale(await ScoreConflicts.DescribeAsync(db, input.AssessmentId, input.Rows, cancellationToken));
        }

        var findings = assessment.Evaluate(set).Findings.Count;
        return CommandResult.Done(findings == 0 ? "Đã lưu bảng điểm." : $"Đã lưu bảng điểm. Có {findings} điểm cần lưu ý (xem cột Lưu ý).");
    }

    /// <summary>The input of a row a domain rule named (a property of <see cref="CriterionScore"/>).</summary>
    private static string RowField(string? scoreProperty) => scoreProperty switch
    {
        nameof(CriterionScore.SelfAssessedScore) => nameof(ScoreInput.SelfAssessed),
        nameof(CriterionScore.StatedDeduction) => nameof(ScoreInput.StatedDeduction),
        nameof(CriterionScore.Reason) => nameof(ScoreInput.Reason),
        _ => nameof(ScoreInput.Appraised),
    };

    private static List<(CriterionNode Node, decimal? Appraised, decimal? Self, decimal? Stated, string? Reason, int Index)> Parse(
        IReadOnlyList<ScoreInput> rows, CriteriaSet set, List<FieldError> errors)
    {
        decimal? Score(string? text, string key)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (VietnameseNumbers.TryParseScore(text, out var value))
            {
                return value;
            }

            errors.Add(new FieldError(key, $"\"{text.Trim()}\" không phải là số điểm (ví dụ 1,43)."));
            return null;
        }

        var nodes = set.Nodes.ToDictionary(n => n.Id);
        var parsed = new List<(CriterionNode, decimal?, decimal?, decimal?, string?, int)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!nodes.TryGetValue(row.NodeId, out var node))
            {
                errors.Add(new FieldError($"Rows[{i}].Appraised", "Tiêu chí không thuộc bộ tiêu chí của kết quả này."));
                continue;
            }

            parsed.Add((node, Score(row.Appraised, $"Rows[{i}].Appraised"), Score(row.SelfAssessed, $"Rows[{i}].SelfAssessed"),
                Score(row.StatedDeduction, $"Rows[{i}].StatedDeduction"), row.Reason, i));
        }

        return parsed;
    }
}

/// <summary>What another person saved on a score sheet meanwhile, row by row against what the user typed.</summary>
internal static class ScoreConflicts
{
    public static async Task<ConcurrencyConflict> DescribeAsync(CcHcDbContext db, Guid assessmentId, IReadOnlyList<ScoreInput> yours, CancellationToken cancellationToken)
    {
        var current = await AssessmentData.FindAsync(db, assessmentId, track: false, cancellationToken);
        var nodes = current is null ? [] : (await AssessmentData.CriteriaSetOfAsync(db, current, cancellationToken)).Nodes.ToDictionary(n => n.Id);
        var fields = yours
            .Where(row => nodes.ContainsKey(row.NodeId))
            .Select(row => (nodes[row.NodeId].DisplayName, Line(ScoreInput.From(nodes[row.NodeId], current!.ScoreOf(row.NodeId))), Line(row)))
            .ToList();
        return await ConcurrencyConflict.DescribeAsync(db, assessmentId, fields, cancellationToken);
    }

    /// <summary>A row as "thẩm định | tự đánh giá | bị trừ theo văn bản | nguyên nhân", numbers written one way.</summary>
    private static string Line(ScoreInput row)
    {
        static string Number(string? text) =>
            VietnameseNumbers.TryParseScore(text, out var value) ? VietnameseNumbers.Score(value) : text?.Trim() ?? string.Empty;

        return string.Join(" | ", Number(row.Appraised), Number(row.SelfAssessed), Number(row.StatedDeduction), row.Reason?.Trim() ?? string.Empty).TrimEnd(' ', '|');
    }
}
