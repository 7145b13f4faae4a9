using System.Globalization;
using CcHc.Domain.Criteria;
using CcHc.Web.Features;
using CcHc.Web.Features.Criteria;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CcHc.Web.Pages.Admin.CriteriaSets;

/// <summary>
/// One criteria set as an indented tree, edited in place: every node's code, title and maximum in one form
/// (OnPostAsync), a node removed with its subtree (OnPostRemoveAsync), a field or a child added (OnPostAddAsync), the
/// classification bands (OnPostBandsAsync) — each a command of <see cref="EditCriteriaSet"/>, shown with
/// <see cref="CriteriaSetEditorQuery"/>. Every form carries the set's concurrency token. Administrators, and the reviewer of the set's province (Features/Authorization/CriteriaSetAuthorization).
/// </summary>
[RequestFormLimits(ValueCountLimit = CcHc.Web.Security.FormLimits.CriteriaSetValueCount)]
public sealed class EditModel(CriteriaSetEditorQuery editor, EditCriteriaSet edit) : PageModel
{
    [BindProperty]
    public Guid ConcurrencyToken { get; set; }

    [BindProperty(Name = nameof(Nodes))]
    public List<NodeInput> Nodes { get; set; } = [];

    [BindProperty(Name = nameof(NewNode))]
    public NewNodeInput NewNode { get; set; } = new();

    [BindProperty(Name = nameof(Bands))]
    public List<BandInput> Bands { get; set; } = [];

    [TempData]
    public string? Message { get; set; }

    public CriteriaSetEditorView View { get; private set; } = default!;

    public CriteriaSet Set => View.Set;

    /// <summary>The nodes in tree order with the values the form shows (as stored, or as the administrator typed them).</summary>
    public IReadOnlyList<CriterionNodeRow> Rows => View.Rows;

    public int AssessmentCount => View.AssessmentCount;

    public ConcurrencyConflict? Conflict { get; private set; }

    private CriteriaSetForm Form => new(ConcurrencyToken, Nodes, NewNode, Bands);

    /// <summary>The message beside a node's field (errors are keyed by node: row indexes may shift after a conflict).</summary>
    public string? ErrorFor(Guid nodeId, string field) =>
        ModelState[CriteriaSetForm.NodeKey(nodeId, field)]?.Errors.FirstOrDefault()?.ErrorMessage;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? parentId, CancellationToken cancellationToken)
    {
        if (await editor.LoadAsync(id, posted: null, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Bands = view.Bands;
        ConcurrencyToken = view.ConcurrencyToken;
        NewNode.ParentId = parentId is { } p && Set.Find(p) is not null ? p : null;
        return Page();
    }

    /// <summary>Saves every node's code, title and maximum.</summary>
    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        AnswerAsync(id, [nameof(NewNode), nameof(Bands)], edit.SaveNodesAsync(id, Form, cancellationToken), null, cancellationToken);

    /// <summary>Removes a node and its subtree, with the form's other edits.</summary>
    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid nodeId, CancellationToken cancellationToken) =>
        AnswerAsync(id, [nameof(NewNode), nameof(Bands)], edit.RemoveNodeAsync(id, nodeId, Form, cancellationToken), null, cancellationToken);

    /// <summary>Adds a field (no parent) or a child of a node, as the last child.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.ClearPrefix(nameof(Nodes));
        ModelState.ClearPrefix(nameof(Bands));
        var result = await edit.AddNodeAsync(id, Form, cancellationToken);
        return await AnswerAsync(id, [], Task.FromResult<CommandResult>(result), $"node-{result.Value}", cancellationToken);
    }

    /// <summary>Replaces the classification bands; empty rows are ignored.</summary>
    public Task<IActionResult> OnPostBandsAsync(Guid id, CancellationToken cancellationToken) =>
        AnswerAsync(id, [nameof(Nodes), nameof(NewNode)], edit.SaveBandsAsync(id, Form, cancellationToken), "bands", cancellationToken);

    /// <summary>The left padding of a row, in rem, by level.</summary>
    public static string Indent(int level) => ((Math.Max(level, 1) - 1) * 1.25m).ToString(CultureInfo.InvariantCulture);

    private async Task<IActionResult> AnswerAsync(Guid id, string[] otherForms, Task<CommandResult> command, string? fragment, CancellationToken cancellationToken)
    {
        foreach (var prefix in otherForms)
        {
            ModelState.ClearPrefix(prefix);
        }

        var result = await command;
        return await this.AnswerAsync(result, () =>
        {
            Message = result.Message;
            return RedirectToPage(null, null, new { id }, fragment);
        }, async () =>
        {
            if (await editor.LoadAsync(id, Form, cancellationToken) is not { } view)
            {
                return NotFound();
            }

            // Show what is stored with the administrator's input on top; after a conflict, based on the current token.
            View = view;
            Bands = view.Bands;
            Conflict = result.Conflict;
            if (result.Status == CommandStatus.Stale)
            {
                ModelState.Remove(nameof(ConcurrencyToken));
                ConcurrencyToken = view.ConcurrencyToken;
            }

            return Page();
        });
    }
}
