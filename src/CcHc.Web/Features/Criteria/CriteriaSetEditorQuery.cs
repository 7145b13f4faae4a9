using CcHc.Domain.Common;
using CcHc.Domain.Criteria;
using CcHc.Infrastructure.Persistence;
using CcHc.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace CcHc.Web.Features.Criteria;

/// <summary>One row of the editor: the node, what its inputs show, and how many scores it has.</summary>
public sealed record CriterionNodeRow(int Index, CriterionNode Node, NodeInput Input, int Scores);

/// <summary>What the criteria set editor shows.</summary>
public sealed record CriteriaSetEditorView(
    CriteriaSet Set, IReadOnlyList<CriterionNodeRow> Rows, List<BandInput> Bands, int AssessmentCount, Guid ConcurrencyToken);

/// <summary>
/// Reads a criteria set for its editor: the nodes in tree order with the values the form shows — as stored, or, after
/// a refused post, as the administrator typed them — the bands with spare rows, and how much the set is used.
/// </summary>
public sealed class CriteriaSetEditorQuery(CcHcDbContext db)
{
    /// <summary>Empty rows offered under the bands for adding one.</summary>
    public const int SpareBands = 2;

    public async Task<CriteriaSetEditorView?> LoadAsync(Guid id, CriteriaSetForm? posted, CancellationToken cancellationToken)
    {
        var set = await db.CriteriaSets.AsNoTracking().Include(s => s.Nodes).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (set is null)
        {
            return null;
        }

        var tree = CriteriaTree.InTreeOrder(set);
        var typed = posted?.Nodes.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.Last()) ?? [];
        var recorded = await CriteriaScores.RecordedAsync(db, tree.Select(n => n.Id).ToList(), cancellationToken);
        var rows = tree.Select((node, i) => new CriterionNodeRow(
            i,
            node,
            typed.GetValueOrDefault(node.Id) ?? new NodeInput
            {
                Id = node.Id,
                Code = node.Code,
                Title = node.Title,
                MaxScore = node.MaxScore is { } m ? VietnameseNumbers.Score(m) : null,
            },
            recorded.CountFor(node.Id))).ToList();

        var bands = posted is { Bands.Count: > 0 }
            ? posted.Bands.ToList()
            : set.ClassificationBands.Select(b => new BandInput { Label = b.Label, MinPercent = VietnameseNumbers.Score(b.MinPercent) }).ToList();
        while (bands.Count(b => string.IsNullOrWhiteSpace(b.Label) && string.IsNullOrWhiteSpace(b.MinPercent)) < SpareBands)
        {
            bands.Add(new BandInput());
        }

        var assessments = await db.Assessments.IgnoreQueryFilters().CountAsync(a => a.CriteriaSetId == id, cancellationToken);
        return new CriteriaSetEditorView(set, rows, bands, assessments, await db.ConcurrencyTokenAsync<CriteriaSet>(id, cancellationToken));
    }
}
