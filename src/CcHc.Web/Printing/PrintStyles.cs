namespace CcHc.Web.Printing;

/// <summary>
/// The print layout of Nghị định 30: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman (Liberation
/// Serif where absent, metric-compatible); page numbers centred in the top margin from page 2; the appendix in
/// landscape. On screen the same sheet is shown as a page on a grey desk.
/// </summary>
public static class PrintStyles
{
    public const string Css = """
        @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
                @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 13pt; vertical-align: bottom; padding-bottom: 4mm; } }
        @page :first { @top-center { content: none; } }
        @page appendix { size: A4 landscape; margin: 20mm 15mm 20mm 20mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 14pt; line-height: 1.25; color: #000; margin: 0; }
        .doc-header { width: 100%; border-collapse: collapse; margin-bottom: 12pt; }
        .doc-header td { vertical-align: top; text-align: center; padding: 0; }
        .doc-header .issuer { width: 38%; font-size: 13pt; font-weight: bold; text-transform: uppercase; }
        .doc-header .nation { font-size: 13pt; font-weight: bold; }
        .doc-header .motto { font-size: 14pt; }
        .doc-header .motto span { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
        .doc-header .number { font-size: 13pt; padding-top: 6pt; white-space: pre-wrap; }
        .doc-header .dateline { font-style: italic; font-size: 14pt; padding-top: 6pt; white-space: pre-wrap; }
        .rule { border-top: 1px solid #000; height: 0; margin: 2pt auto 0; }
        .rule.short { width: 40%; }
        .doc-header .letter-summary { font-size: 12pt; padding-top: 4pt; }
        .addressees { font-size: 14pt; margin: 6pt 0 12pt 20%; }
        .addressees .addressee { margin-left: 2.2em; }
        .appendix-intro { text-align: justify; }
        .title { font-size: 14pt; font-weight: bold; text-align: center; margin: 12pt 0 0; }
        .summary { font-weight: bold; text-align: center; margin: 0 10%; }
        .title-rule { width: 25%; margin: 3pt auto 12pt; }
        h2 { font-size: 14pt; font-weight: bold; margin: 8pt 0 4pt; text-indent: 1.27cm; }
        h3 { font-size: 14pt; font-weight: bold; margin: 6pt 0 3pt; text-indent: 1.27cm; }
        p.body { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt; }
        h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
        p.body { orphans: 2; widows: 2; }
        .ending { break-before: avoid; page-break-before: avoid; break-inside: avoid; page-break-inside: avoid; }
        p.legal { font-style: italic; }
        section.item { break-inside: auto; }
        table.grid { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
        table.grid th, table.grid td { border: 1px solid #000; padding: 2pt 4pt; font-size: 13pt; vertical-align: top; }
        table.grid thead { display: table-header-group; }
        table.grid tr { break-inside: avoid; }
        table.grid th { font-weight: bold; text-align: center; vertical-align: middle; }
        td.num { text-align: right; white-space: nowrap; }
        td.center { text-align: center; }
        tr.total td { font-weight: bold; }
        .closing { width: 100%; border-collapse: collapse; margin-top: 12pt; break-inside: avoid; }
        .closing td { vertical-align: top; padding: 0; }
        .recipients { width: 48%; font-size: 11pt; }
        .recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
        .signature { text-align: center; font-weight: bold; font-size: 14pt; text-transform: uppercase; }
        .signature .signer { text-transform: none; }
        .signature-space { height: 28mm; }
        .draft-mark { position: fixed; top: 38%; left: 0; right: 0; text-align: center; transform: rotate(-28deg);
                      font-size: 96pt; font-weight: bold; color: rgba(190, 0, 0, 0.16); z-index: 10; pointer-events: none; }
        .appendix { page: appendix; break-before: page; }
        .appendix-title { font-size: 14pt; font-weight: bold; text-align: center; }
        .appendix-subtitle { font-size: 14pt; font-weight: bold; text-align: center; }
        .appendix-caption { font-style: italic; text-align: center; margin-bottom: 8pt; }
        .appendix-table tr.column-numbers th { font-weight: normal; font-style: italic; }
        .appendix-table tr.group td { font-weight: bold; }
        .appendix-table tr.group { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
        @media screen {
            body { background: #d9d9d9; padding: 16px 0; }
            main.document, section.appendix { background: #fff; width: 210mm; box-sizing: border-box; padding: 20mm 15mm 20mm 30mm; margin: 0 auto 16px; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
            section.appendix { width: 297mm; padding: 20mm 15mm 20mm 20mm; }
            .draft-mark { position: fixed; }
        }
        """;

    /// <summary>
    /// The appendix printed on its own: Chromium keeps one page counter per print job, so an appendix, whose numbering
    /// restarts, is a job of its own (landscape, page 1 unnumbered) joined to the body afterwards.
    /// </summary>
    public const string AppendixOnly = """
        @page { size: A4 landscape; margin: 20mm 15mm 20mm 20mm; }
        .appendix { page: auto; break-before: auto; }
        """;

    /// <summary>The verification code of an issued version in the bottom margin of every page.</summary>
    public static string Footer(string code) =>
        $"@page {{ @bottom-right {{ content: \"Mã kiểm tra: {code}\"; font-family: \"Times New Roman\", \"Liberation Serif\", serif; font-size: 9pt; }} }}" +
        $" @page appendix {{ @bottom-right {{ content: \"Mã kiểm tra: {code}\"; font-size: 9pt; }} }}";
}
