using CcHc.Domain.Assessments;
using CcHc.Domain.Common;
using CcHc.Domain.Criteria;

namespace CcHc.Infrastructure.Spreadsheets;

/// <summary>One row of a score file, matched to its node and checked against it; applied with <c>Assessment.RecordScore</c>.</summary>
public sealed record ScoreRow(CriterionNode Node, decimal? Appraised, decimal? SelfAssessed, decimal? StatedDeduction, string? Reason, int RowNumber);

/// <summary>The rows of a score file that were recognised, and every problem the file has.</summary>
public sealed record ScoreFile(IReadOnlyList<ScoreRow> Rows, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Scores of an assessment from a table in the format of <see cref="SpreadsheetWorkbooks.AssessmentExport"/>: Mã, Nội
/// dung, Cấp, Điểm tối đa, Điểm thẩm định (required), Điểm tự đánh giá, Điểm bị trừ theo văn bản, Nguyên nhân.
/// A row finds its node by code when it has one, else by title (trimmed, case-insensitive, NFC); where several nodes
/// share a title (Cẩm Sơn's fields 6 and 7 both list "Thực hiện các kiến nghị…") the row's parent row (by Cấp) and
/// then the document order decide. Every error is reported; nothing is returned unless the whole file is right.
/// Empty score cells are unknown (null), never zero. Stateless; a singleton.
/// </summary>
public sealed class AssessmentScoreImporter(TabularFileReader reader)
{
    /// <summary>Database length of a score's reason.</summary>
    public const int MaxReasonLength = 2000;

    public async Task<ImportResult<IReadOnlyList<ScoreRow>>> ImportAsync(
        Stream content, string fileName, long length, CriteriaSet set, CancellationToken cancellationToken = default) =>
        ToResult(await ReadAsync(content, fileName, length, set, cancellationToken));

    public static ImportResult<IReadOnlyList<ScoreRow>> Import(TabularData data, CriteriaSet set) => ToResult(Read(data, set));

    /// <summary>
    /// Every row whose node was recognised, with every problem of the file (columns, cells, matching), so a caller that
    /// applies the rows (and so the domain's score rules) can list all problems at once.
    /// </summary>
    public async Task<ScoreFile> ReadAsync(Stream content, string fileName, long length, CriteriaSet set, CancellationToken cancellationToken = default)
    {
        var read = await reader.ReadAsync(content, fileName, length, cancellationToken);
        return read.Data is { } data ? Read(data, set) : new ScoreFile([], read.Errors);
    }

    /// <summary>
    /// Parses and matches the rows. Scores are not checked against their maxima here: that is the domain's rule
    /// (<c>Assessment.RecordScore</c>), applied once by whoever records the rows.
    /// </summary>
    public static ScoreFile Read(TabularData data, CriteriaSet set)
    {
        var errors = SpreadsheetColumns.Missing(data, [SpreadsheetColumns.Appraised]);
        if (!data.HasColumn(SpreadsheetColumns.Code) && !data.HasColumn(SpreadsheetColumns.Title))
        {
            errors.Insert(0, new ImportError(null, SpreadsheetColumns.Title, $"Thiếu cột \"{SpreadsheetColumns.Code}\" hoặc cột \"{SpreadsheetColumns.Title}\" để nhận ra tiêu chí."));
        }

        if (errors.Count > 0)
        {
            return new ScoreFile([], errors);
        }

        if (data.Rows.Count == 0)
        {
            return new ScoreFile([], [new ImportError(null, null, "Tệp chỉ có dòng tiêu đề, chưa có dòng điểm nào.")]);
        }

        var matcher = new NodeMatcher(set);
        var scores = new List<ScoreRow>(data.Rows.Count);
        foreach (var row in data.Rows)
        {
            var node = matcher.Match(row, errors);
            var appraised = CriteriaSetImporter.ParseScore(row, SpreadsheetColumns.Appraised, errors);
            var selfAssessed = CriteriaSetImporter.ParseScore(row, SpreadsheetColumns.SelfAssessed, errors);
            var deduction = CriteriaSetImporter.ParseScore(row, SpreadsheetColumns.StatedDeduction, errors);
            var reason = row.Cell(SpreadsheetColumns.Reason)?.Trim();
            if (reason is { Length: > MaxReasonLength })
            {
                errors.Add(new ImportError(row.RowNumber, SpreadsheetColumns.Reason, $"nguyên nhân dài {RawSheet.Thousands(reason.Length)} ký tự, tối đa {RawSheet.Thousands(MaxReasonLength)} ký tự."));
            }

            if (node is not null)
            {
                scores.Add(new ScoreRow(node, appraised, selfAssessed, deduction, string.IsNullOrEmpty(reason) ? null : reason, row.RowNumber));
            }
        }

        return new ScoreFile(scores, errors);
    }

    /// <summary>The file's problems and those the rules found in its rows, in row order (the file's own first), capped.</summary>
    public static IReadOnlyList<ImportError> Combine(IEnumerable<ImportError> fileErrors, IEnumerable<ImportError> ruleErrors) =>
        TabularFileReader.Capped(fileErrors.Concat(ruleErrors).Select((e, i) => (e, i)).OrderBy(x => x.e.Row ?? 0).ThenBy(x => x.i).Select(x => x.e).ToList());

    /// <summary>The spreadsheet column of a score's property, as a domain rule names it.</summary>
    public static string? ColumnOf(string? scoreProperty) => scoreProperty switch
    {
        nameof(CriterionScore.AppraisedScore) => SpreadsheetColumns.Appraised,
        nameof(CriterionScore.SelfAssessedScore) => SpreadsheetColumns.SelfAssessed,
        nameof(CriterionScore.StatedDeduction) => SpreadsheetColumns.StatedDeduction,
        nameof(CriterionScore.Reason) => SpreadsheetColumns.Reason,
        _ => null,
    };

    private static ImportResult<IReadOnlyList<ScoreRow>> ToResult(ScoreFile file) =>
        file.Errors.Count > 0
            ? ImportResult.Failure<IReadOnlyList<ScoreRow>>(TabularFileReader.Capped(file.Errors.ToList()))
            : ImportResult.Success(file.Rows);

    /// <summary>Finds each row's node, remembering what was matched (twice is an error) and where the rows are in the tree.</summary>
    private sealed class NodeMatcher
    {
        private readonly IReadOnlyList<CriterionNode> _ordered;
        private readonly Dictionary<Guid, int> _position;
        private readonly ILookup<string, CriterionNode> _byCode;
        private readonly ILookup<string, CriterionNode> _byTitle;
        private readonly Dictionary<Guid, int> _matchedAt = [];

        /// <summary>The rows above with a known level and their node, for the parent of the next row.</summary>
        private readonly Stack<(int Level, CriterionNode? Node)> _ancestors = new();

        private int _lastPosition = -1;

        public NodeMatcher(CriteriaSet set)
        {
            _ordered = CriteriaTree.InTreeOrder(set);
            _position = _ordered.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i);
            _byCode = _ordered.Where(n => n.Code.Length > 0).ToLookup(n => TextKeys.Key(n.Code), StringComparer.Ordinal);
            _byTitle = _ordered.ToLookup(n => TextKeys.Key(n.Title), StringComparer.Ordinal);
        }

        public CriterionNode? Match(TabularRow row, List<ImportError> errors)
        {
            var code = TextKeys.Clean(row.Cell(SpreadsheetColumns.Code));
            var title = TextKeys.Clean(row.Cell(SpreadsheetColumns.Title));
            var level = LevelOf(row);
            var parent = ParentFor(level);

            CriterionNode? node;
            if (code.Length > 0)
            {
                node = Choose(_byCode[TextKeys.Key(code)].ToList(), parent, title);
                if (node is null)
                {
                    errors.Add(new ImportError(row.RowNumber, null, $"không có tiêu chí mã \"{code}\" trong bộ tiêu chí."));
                }
            }
            else if (title.Length > 0)
            {
                node = Choose(_byTitle[TextKeys.Key(title)].ToList(), parent, null);
                if (node is null)
                {
                    errors.Add(new ImportError(row.RowNumber, null, $"không có tiêu chí \"{Shorten(title)}\" trong bộ tiêu chí."));
                }
            }
            else
            {
                errors.Add(new ImportError(row.RowNumber, null, "chưa có mã hoặc nội dung để nhận ra tiêu chí."));
                node = null;
            }

            if (level is { } known)
            {
                while (_ancestors.Count > 0 && _ancestors.Peek().Level >= known)
                {
                    _ancestors.Pop();
                }

                _ancestors.Push((known, node));
            }

            if (node is null)
            {
                return null;
            }

            if (_matchedAt.TryGetValue(node.Id, out var earlier))
            {
                errors.Add(new ImportError(row.RowNumber, null, $"tiêu chí \"{Shorten(node.DisplayName)}\" đã có ở dòng {earlier}."));
                return null;
            }

            _matchedAt[node.Id] = row.RowNumber;
            _lastPosition = _position[node.Id];
            return node;
        }

        /// <summary>
        /// One node of several candidates: under the row's parent when that is known, with the row's title when a code
        /// is shared, then the first not yet matched after the last match (document order), then the first not yet matched.
        /// </summary>
        private CriterionNode? Choose(List<CriterionNode> candidates, CriterionNode? parent, string? title)
        {
            if (candidates.Count <= 1)
            {
                return candidates.FirstOrDefault();
            }

            if (parent is not null && candidates.Where(c => c.ParentId == parent.Id).ToList() is { Count: > 0 } underParent)
            {
                candidates = underParent;
            }

            if (title is { Length: > 0 } && candidates.Where(c => TextKeys.Key(c.Title) == TextKeys.Key(title)).ToList() is { Count: > 0 } sameTitle)
            {
                candidates = sameTitle;
            }

            var open = candidates.Where(c => !_matchedAt.ContainsKey(c.Id)).ToList();
            return open.FirstOrDefault(c => _position[c.Id] > _lastPosition) ?? open.FirstOrDefault() ?? candidates[0];
        }

        private CriterionNode? ParentFor(int? level)
        {
            if (level is not { } known)
            {
                return null;
            }

            foreach (var (ancestorLevel, node) in _ancestors)
            {
                if (ancestorLevel < known)
                {
                    return node;
                }
            }

            return null;
        }

        private static int? LevelOf(TabularRow row) =>
            VietnameseNumbers.TryParseScore(row.Cell(SpreadsheetColumns.Level), out var value) && value == decimal.Truncate(value) && value >= 1 && value <= CriteriaSetImporter.MaxLevel
                ? (int)value
                : null;

        private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
    }
}
