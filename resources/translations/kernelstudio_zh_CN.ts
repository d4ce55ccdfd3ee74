<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Created by someone else (the undo stack); only named, keyed and placed here. The menus, by key, in the menu bar&apos;s order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the full-resolution result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the stack as a recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the stack with a saved recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit kernelstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Step as C&amp;ode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as code: the selected step as an OpenCV, SciPy, PyTorch or ImageMagick script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Stack as Co&amp;de…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as code: the whole stack as an OpenCV, SciPy, PyTorch or ImageMagick script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest photo to open; metadata on export; the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the filtering, opening or export running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import kernel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import kernel: a Photoshop Custom filter (.acf) or kernel text into the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport kernel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export kernel: the selected step&apos;s kernel as a Photoshop Custom filter (.acf) or kernel text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn from example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from example: the kernel that turns the photo into an image you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train like a CNN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train like a CNN: watch gradient descent find a kernel from random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before on the left of the line, after on the right (hold \ for the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the photo in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started: what a kernel is, and the first minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts: every key the window answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About kernelstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos opened lately</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Autosave is off: {folder} cannot be made or written ({error}).</source>
        <extracomment>The session is saved this long after the last edit, and at least this often.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sessions folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not autosave the session: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stack of 1 step and the photo {photo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stack of {count} steps and the photo {photo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stack of 1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stack of {count} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernelstudio did not close normally (last saved {when}). Restore {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> If you restore it, the sessions not yet offered are kept for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a session? ({number} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} kernelstudio windows did not close normally; this one was last saved {when}. Restore {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s photo {photo} is gone; its stack is restored on the photo open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock of the autosaved session {session} is not a lock file ({reason}) and could not be renamed ({error}); that session is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock of the autosaved session {session} was not a lock file ({reason}); it was renamed {aside} in {folder}, and the window opened as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved session {path} is damaged ({error}) and could not be renamed ({why}); it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved session {session} could not be read ({error}); it was renamed {aside} in {folder}, and the window opened as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Photo canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo: wheel to zoom, drag to pan, drag the line to compare; hold \ to see the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Copy as code</source>
        <extracomment>After an edit, how long the stack must stay as it is before the script is written again (in ms): a slider being dragged would otherwise rewrite a large kernel&apos;s script each step.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: what the script is written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step: only the step chosen in the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole s&amp;tack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole stack: every enabled step, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to run it: the file to save it as, and what it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: the script, as Copy puts it on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: put the script on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: what Copy did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as {file} and run: {run}   (it needs: {needs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code to show: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {count} lines of {library} code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>A stack holds at most {count} steps; remove one first.</source>
        <extracomment>What Add puts in the stack, and what the greyed options show with no step selected. The selected step, what it holds, or the slice of it on show changed: controls showing it must refresh. An edit was not made; the text says why, for the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <source>the error output (the app-data folder {folder} cannot hold a log: {error})</source>
        <extracomment>The libraries whose log lines go to the same file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <source>Sobel, four directions</source>
        <extracomment>The banks offered, by key: what the menu says (translated as the menu is filled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline, emboss, sharpen, blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of the stack, each on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, slice {slice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel {direction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <extracomment>Emitted when new tiles are on show (tests wait for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank of kernels on the photo, side by side, as a CNN layer sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank: the kernels to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU: set negative responses to 0, as a CNN does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride: keep every n-th pixel of each map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2×2 max-pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max-pool: keep the largest value of each 2×2 block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tiles show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps: click one to add its kernel to the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is empty: add steps to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {width}×{height}, values {low} to {high}. Click to add it to the stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo in grey at {width}×{height}; red &gt; 0, blue &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipes (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photoshop Custom filters (*.acf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernels (*.acf *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open photo</source>
        <extracomment>The dialog&apos;s title when a job of each kind fails (translated where shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before opening another photo?</source>
        <extracomment>What `confirm_discard` asks, by what is about to happen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before loading a recipe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before opening what was dropped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <extracomment>A photo finished loading and is shown. An export was written. A recipe was read and is now the stack. A kernel file was read into the selected step (or a new one). The selected step&apos;s kernel was written to a kernel file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} — kernelstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Edit ▸ Preferences sets the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the original?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the photo you opened. Replace it with the result? The original cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} quality (1 to 100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved recipe {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading recipe {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load recipe {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded recipe {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing kernel {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import kernel {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {path} into step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Kernel text (.txt) holds any kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the kernel to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this kernel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started: kernels, steps and the first minute</source>
        <extracomment>The bundled page that Help ▸ Getting Started shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts: every action that has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightDock</name>
    <message>
        <source>Insight</source>
        <extracomment>Weights are written in the cells while each cell is at least this many pixels wide. Height of the heat map and of the frequency response beside it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected kernel does: its weights, frequencies and facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step selected: click a preset (or select a step) to see what its kernel does, as a picture, as frequencies and in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice: which grid of the kernel this is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map: red weights add, blue weights subtract, white is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency response: how strongly each frequency passes; the middle is flat areas, the rim the finest detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top: the weights, red adding, blue subtracting, white 0. Below: how much of each frequency passes, dark blue none to yellow the most (the scale&apos;s top); flat areas in the middle, the finest detail at the rim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: what the colours of the two pictures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the middle: &lt;span style=&apos;color: {across_colour}&apos;&gt;across&lt;/span&gt;, &lt;span style=&apos;color: {down_colour}&apos;&gt;down (dashed)&lt;/span&gt;; dotted: gain 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency response through the middle: gain at each frequency, across (x) and down (y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the kernel does, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the weights (after the divisor): its effect on brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether it is a column times a row (rank 1): then it runs as two quick passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirrors and turns that leave the kernel the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-sum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zero-sum kernel turns flat areas black: an edge detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Slice {slice}&lt;/b&gt; of a kernel {kind} (choose another beside the kernel table), with the divisor of its output channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Slice {slice}&lt;/b&gt; of a kernel {kind} (choose another beside the kernel table):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, a {rows}×1 column times a 1×{cols} row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (rank {rank})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: an edge detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Working</source>
        <extracomment>What the progress bar calls this kind of work.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering</source>
        <extracomment>Whether a newer job of the same kind makes this one stale. One that does not supersede is always answered: its result, or why there is none. Whether Esc stops it. The photo or recipe being opened is still wanted. The failure reported when Esc stopped it (&apos;&apos; when a stopped job just goes quiet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the after image</source>
        <extracomment>The training view shows the current kernel&apos;s result on the photo shrunk to this many pixels on its longer side, so that each batch is drawn in milliseconds. The residual is shown shrunk to this many pixels on its longer side. The residual&apos;s colours reach full strength at this share of its values (the largest few, often a handful of clipped pixels, would leave the rest pale)... ...and at this many 8-bit levels at least, so that an exact fit stays white.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelDock</name>
    <message>
        <source>Other…</source>
        <extracomment>The sizes offered: odd squares, even squares, rows, columns and rectangles; any other size is one &quot;Other…&quot; away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the sum of weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As GIMP does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour (alpha kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, with alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: the selected step becomes {title}. Shift+click: add it as a new step.</source>
        <extracomment>The offset that makes a zero-sum kernel&apos;s flat areas mid-grey, and white.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected step: its kernel, preset parameters and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step yet: click a preset to start, or type a kernel with Edit as text (Ctrl+Shift+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset families: blur, sharpen, edges, effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {doc}. Source: {source}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size: growing pads with zeros, shrinking crops the rim (every slice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel: one shared by the colour channels, one per channel, or across channels (each output channel sums a grid over every input channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice: the channel whose grid the table shows and edits (across channels: output ← input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel weights: type numbers or fractions such as 1/16; Ctrl+wheel zooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: the sum of the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: your preset (right-click to delete). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges: why an edge detector&apos;s result looks as it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value: show edges of both directions as bright lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas mid-grey, edges lighter or darker (emboss-like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisor: sums are divided by it (not 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset: added after dividing, in 8-bit levels (128 = grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalize: divide by the sum of weights; GIMP&apos;s rule also adds half of white to zero-sum kernels and white to negative ones, in place of divisor and offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set normalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value: keep negative responses (edge detectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip (true convolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip: rotate the kernel 180 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear light: filter light rather than sRGB values, as GIMP does; blurs keep highlights bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set linear light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear linear light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha weighting: colour under transparent pixels does not bleed into visible ones, as in ImageMagick (photos with alpha only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set alpha weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear alpha weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border: how pixels beyond the edge are made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill: the level used beyond the edge with border constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: which channels the step filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity: how much of the filtered result replaces the step&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations: apply the step this many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor: the kernel cell over the pixel being made; Ctrl+click a cell to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre: put the anchor back on the centre cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor at the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor at row {row}, column {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The divisor cannot be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set divisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set offset of {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the kernel {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the kernel {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize kernel to {rows}×{cols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {parameter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum (slice {slice}) {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum {sum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre (row {row}, column {col})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column {col}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value and offset {offset}: flat areas white, every edge lighter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value and offset {offset}: flat areas grey, every edge lighter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value is on: edges show bright whichever way the brightness changes; flat areas stay black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas are white, edges darker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas are grey, edges lighter or darker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat areas add up to 0, so they turn black and only edges show (and only those brightening one way). Show them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset} parameters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelSlices</name>
    <message>
        <source>Grid: which channel&apos;s kernel the heat map shows (across channels: which input channel, into which output)</source>
        <extracomment>Weights below this share of the largest are shown as 0.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelTable</name>
    <message>
        <source>A number such as 2, -0.5 or a fraction such as 1/16</source>
        <extracomment>Rows shown before the grid scrolls (a 9×9 kernel fits whole). Ctrl+wheel steps through these text sizes, relative to the application&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: why the last edit of a cell was refused</source>
        <extracomment>An edit was refused: why, for the status bar (the cell shows it too). Ctrl+click or the context menu chose the anchor: a (row, col) cell, or None for the centre. The cell whose edit is being handed to the model, while it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor here (row {row}, column {col})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor at the centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelTableModel</name>
    <message>
        <source>Row {row}, column {col}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit kernel cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelTextDialog</name>
    <message>
        <source>Edit kernel as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per line (or rows separated by ;), values separated by spaces or commas; fractions such as 1/16 are fine. ImageMagick&apos;s 3x3: … (+X+Y: the anchor&apos;s column and row) and G&apos;MIC&apos;s (…;…) too. A kernel per channel is a grid per channel with | between them; across channels, || between output channels, each a grid per input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel text: the weights, one row a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: what is wrong with the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KernelTools</name>
    <message>
        <source>⟲ 90°</source>
        <extracomment>name: (button text, tooltip, undo text, error title, shortcut, what it does to the weights); the texts are marked here and translated as the actions are made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left: turn the kernel 90° counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate kernel left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rotate kernel left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ 90°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right: turn the kernel 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate kernel right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rotate kernel right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇆ Flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip horizontally: mirror the kernel left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip kernel left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flip kernel left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇅ Flip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip vertically: mirror the kernel top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flip kernel top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flip kernel top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose: swap rows and columns (mirror along the diagonal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot transpose kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate: change the sign of every weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negate kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot negate kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalize: make the weights sum to 1 (for a zero-sum kernel, the positive weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalize kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot normalize kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy kernel: as text, the way the command line and Paste read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as NumPy: an np.array(...) expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste kernel: from text such as &apos;0 -1 0; -1 5 -1; 0 -1 0&apos; or an np.array(...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as text: every weight at once, as the command line&apos;s kernel text (any size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset: keep this kernel among My presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an output channel&apos;s grids sum together, so no one grid is made to sum to 1; set Step options ▸ Normalize, which divides each output channel by the sum of its grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {size} kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {size} kernel as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the kernel as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy as NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as NumPy writes one grid, and this kernel is {kind}, with {count} grids. Copy (as text) holds them all, and Paste and the command line read it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the kernel as a NumPy expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste a kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds “{text}”, which is not a kernel: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste {size} kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the preset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a preset called “{name}”. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved slice {slice} of the kernel (a preset is one grid) as the preset “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the kernel as the preset “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {title} as step {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Its offsets per channel differed, so the offset is now 0 (Undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} is now {title} (it was {was}); Shift+click a preset to add a step instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? Steps that use its kernel keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the preset “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnDialog</name>
    <message>
        <source>shared</source>
        <extracomment>The rows and columns offered: up to the largest square kernel the core learns (a larger one, or one across channels over its limit, is refused by the core, saying why). What each mode is called in the list (the data is the core&apos;s name); the texts are marked here and translated where shown (context &quot;LearnDialog&quot;), as are the next ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the after image</source>
        <extracomment>The dialog&apos;s title when a job of each kind fails.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot learn the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned from {file}</source>
        <extracomment>The name of a step added from the dialog, by how its kernel was found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn or train: least squares at once, or step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn from example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train like a CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: the open photo, or the selected step&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: the image the kernel should make from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the after image (or drop it on this window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: one kernel for every colour channel (shared), one for each (per channel), or every channel from every channel (across channels, as a CNN layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border: how the after image was made at the edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset: also learn a constant added after the kernel (a network&apos;s bias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn: find the kernel turning before into after (Esc stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Learn did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the residual&apos;s colours mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual: after minus the fit; white where the kernel explains after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: PSNR, RMSE and R² of the learned step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: whether the kernel can be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset: the constant learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to stack: the learned kernel as a new step where its input is the before image (one undoable edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo is open: open one with File ▸ Open first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}×{height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open photo, {file} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input of step {number}, {title}: what the steps above it make of {file} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the after image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images differ in size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {width}×{height} pixels, but before is {before_width}×{before_height}. The after image must be made from before, at its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet: Choose…, or drop an image file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({width}×{height} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a photo first (File ▸ Open): the kernel is learned from it and an image made from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No after image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the after image first (Choose…, or drop the file on this window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning… (Esc stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned a {rows}×{cols} kernel ({mode}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual: after minus the fit, once learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual, after minus the fit: white 0, red where after is brighter, blue darker, full colour at ±{limit} levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not to be trusted&lt;/b&gt;: {warning}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel explains the change: the step makes the after image again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{offsets} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Some presets were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some saved presets could not be read: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the result shown is out of date until the next edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About kernelstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernelstudio {version}
An image editor built around convolution kernels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}

kernelstudio keeps running; the details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>the value</source>
        <extracomment>Room for a prefix and suffix beyond the longest number text. Typed text was refused: why, for the status bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be between {minimum} and {maximum}, got {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat areas go to {offset} (the offset): responds to edges only</source>
        <extracomment>Weights written exactly up to this many characters; longer ones are shortened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total}; all of {channel}&apos;s grids together {sum}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <source>{name}: {doc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PixelInspector</name>
    <message>
        <source>Sum of products, over {inputs} inputs</source>
        <extracomment>Hover requests closer together than this are merged into one. Larger kernels scroll inside their grid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>÷ {divisor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>÷ the kernel&apos;s share over visible pixels (alpha weighting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ offset {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed {percent} with the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded from linear light to sRGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded and clipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipped to 0…1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel inspector</source>
        <extracomment>Emitted when a new inspection is on show (tests wait for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the selected step makes the pixel under the cursor; click to pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pixel and step shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: whose neighbourhood and products to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input channel: whose neighbourhood and grid to show (a kernel across channels sums the products of every input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow cursor: let go of the pinned pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood: the input pixels the kernel covers, with the border rule applied beyond the edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel: the weights laid over the neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products: each pixel times its weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the sum of products to the output, per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step (or click a preset) to see how its kernel makes each pixel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over the photo to see how the selected step makes a pixel; click to pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned; click it again or Follow cursor to let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last of {count} passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour in linear light (the levels of light, not of sRGB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour weighted by alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Row {row}, column {col}&lt;/b&gt; through &lt;b&gt;{step}&lt;/b&gt; ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood of {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel {output} ← {input}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products into {output}, summed over {inputs} inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel of {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is disabled: the stack skips it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>across</source>
        <extracomment>Dark blue to teal to yellow, for magnitudes from 0 to the largest. Width of the colour legend beside the response, and the gap before it. The legend&apos;s colours, from no gain at the bottom to the largest at the top.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycles per pixel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest photo: larger files are refused unopened, which protects against decompression bombs; raise it only for files you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest photo to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the colour profile and EXIF (camera, date, place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strip metadata: exports carry no profile or EXIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: the words of the window and its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time kernelstudio starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderController</name>
    <message>
        <source>Cannot apply the stack</source>
        <extracomment>Edits arriving closer together than this become one render request. The full-resolution result of the current stack is on screen. The first (preview) pixels of a new render are on screen. A render failed: title and message for the user. The pixels of the latest result on screen (None until there is one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>it {error}</source>
        <extracomment>A session is a recipe with a photo&apos;s path beside it; a larger file is not one. Qt&apos;s lock holds a process id, an application and a host name: a few dozen bytes. New names a window tries for its session before it gives up (locks that never work). What reading a damaged or hostile file can raise, besides `OSError`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stack is too large to autosave ({size} MB; at most {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than {size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock is not a lock file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its photo is not a file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its selected step is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeDialog</name>
    <message>
        <source>Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: the kernel&apos;s height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: the kernel&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SliderSpin</name>
    <message>
        <source>{name} slider</source>
        <extracomment>Cells whose text `widest_cell` measures at most: a 64×64 grid in full, larger ones by sample.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackDock</name>
    <message>
        <source>No steps yet. Click a preset on the right to start, or Add an identity step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps, applied from top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: tick to enable, drag to reorder, double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: a new identity step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove: delete the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: apply the selected step earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: apply the selected step later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackListModel</name>
    <message>
        <source>Enable {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {size} kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border {border}, channels {channels}, opacity {opacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: skipped when the stack runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Pixel: the pixel under the cursor, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: the photo&apos;s width × height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: screen pixels per photo pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: work running; press Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x {x}, y {y}   before {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   after {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} %p%  (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>A network is not told its kernels: it starts from random weights and nudges them, again and again, down the slope of its error. Here the same happens to one kernel, on your photo.</source>
        <extracomment>Updates in a batch, for each position of the speed slider. The pause between a batch drawn and the next asked for (ms): about 30 frames a second, and the window&apos;s own work (renders, input) gets the worker between batches. The heavy ball&apos;s share of the last update, as networks are usually trained: plain gradient descent crawls along the long valleys of image problems. The plot&apos;s floor: the loss of an exact fit reaches 0, which a log scale cannot show. The training pauses by itself once the weights are this close to the exact ones. A batch was drawn (for tests and the status of the dialog).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: from new random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: one batch of updates, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: updates in each batch drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum: each update carries {momentum} of the last one along, as networks are trained; much faster, though the loss may rise for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: the mean squared error after each update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (levels²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result now: the current kernel on the photo (shrunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss, falling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its result on the photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: the update, the loss and the distance to the exact kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact answer: what least squares finds in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to stack: the kernel as trained so far, as a new step where its input is the before image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the photo&apos;s products of pixels (once)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} updates a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 update a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact answer, found in one go by least squares: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}. It has reached the exact kernel, so it pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {update}: loss {loss} levels² (mean squared error); distance to the exact kernel {distance} (root mean square of the weights&apos; differences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start trains the kernel from random weights, on the before and after above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <source>the saved presets are not a list; they were left out</source>
        <extracomment>Where the window kept its presets before they moved to the shared store.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Not enough memory for {work}</source>
        <extracomment>Progress is reported at most this often (seconds). Feature maps are made from the photo shrunk to this many pixels on its longer side, about the input size of the classic image CNNs (224 to 256).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier or this step&apos;s &apos;valid&apos; border leaves this pixel out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to explain this pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to open {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>The texts argparse translates that a person can read from our parsers, listed so that pyside6-lupdate puts them in the catalogues (it cannot read argparse&apos;s own source).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>stopped by {signal}</source>
        <extracomment>Messages quote a --preset, --kernel, --kernel-file or --recipe up to this many characters. ``--format`` names: each format&apos;s first extension in `EXTENSIONS` (png, jpg, ...). The largest --max-megapixels: a million megapixels (a terapixel), beyond any file. The signal that stopped the command, once one has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply presets, kernels and recipes, in the order given, to photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel text: rows separated by &apos;;&apos; or new lines, values by spaces or commas,
fractions allowed (1/16); also ImageMagick&apos;s &apos;WxH[+X+Y]: values&apos; (X a column,
Y a row: the anchor; nan is weight 0) and G&apos;MIC&apos;s &apos;(0,-1,0;-1,5,-1;0,-1,0)&apos;.
A kernel per channel is one grid per channel separated by &apos;|&apos;; a kernel across
channels separates its output channels by &apos;||&apos; (a grid per input channel in
each): --kernel &apos;1 | 0 | 0 || 0 | 1 | 0 || 0 | 0 | 1&apos; --offset 10,0,-5.
Offsets and cval are in 8-bit levels (128 = mid-grey).
Presets saved in the window work as --preset too, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo files, or folders whose photos are all processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output file; a folder when there are several inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps (at least one; applied in the order given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preset, built-in or saved in the window; see &apos;{prog} presets&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel weights, e.g. &quot;0 -1 0; -1 5 -1; 0 -1 0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Photoshop Custom filter (.acf; its divisor and offset too, unless --divisor or --offset say otherwise) or a file of kernel text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipe saved by the window (its steps keep their own options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options of every --preset, --kernel and --kernel-file step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every output in this format (default: each output&apos;s extension; in an output folder, each input&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG, WebP and AVIF quality, 1 to 100 (default {quality}, as in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not copy the colour profile and EXIF to the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse larger inputs (default %(default)g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print errors only: no progress, summary or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one --preset, --kernel, --kernel-file or --recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step options apply to --preset, --kernel and --kernel-file steps; recipes keep their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--normalize-gimp sets the divisor and offset itself, as GIMP does; leave out {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor {row},{col} replaces the anchor {given_row},{given_col} the kernel gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} holds no .png, .jpg, .tif, .bmp, .webp, .avif or .heic files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format {format} does not match the output {output} ({extension}); name it {name} or leave out --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format chooses the outputs&apos; format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second} would both be written to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is an input; write the result to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to filter {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input or output name is empty; give a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quality must be from 1 to 100, got {quality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-megapixels must be from 0.000001 (one pixel) to {most}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quality changes JPEG, WebP and AVIF outputs only; --format jpg writes JPEGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop image editor built around convolution kernels. With no FILE the window opens on the bundled sample photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{prog} apply --help&apos;, &apos;{prog} presets --help&apos;, &apos;{prog} code --help&apos; and &apos;{prog} learn --help&apos; describe the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation: open the sample, render a three-step recipe, export it, and check that the window can open on this machine&apos;s display; exit 0 if all is well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the window and of every command&apos;s help and messages: {languages}, or a locale name such as fr_FR (default: the locale&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG); before a command: &apos;{prog} --lang fr apply ...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--selftest takes no FILE; it always uses the sample photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-test failed: the window cannot load: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window cannot start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window cannot load: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command {command}; did you mean {close}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({error}); please report it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no alpha channel, so step {number} (channels {channels}) leaves it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <extracomment>An option&apos;s number, read as kernel cells and presets read them (argparse&apos;s type).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {what}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang &apos;{value}&apos; is not a language kernelstudio speaks; choose one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a size is a whole number such as 5, or rows x columns such as 3x7, not {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the kernel that best turns BEFORE into AFTER (least squares) and
save it as a recipe that &apos;{prog} apply --recipe&apos; uses on other photos.
The fit (PSNR, RMSE, R²), and a warning when AFTER does not look made
by a kernel, are printed on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 when the recipe was written (a poor fit too, with a warning),
2 for a bad command line, 1 for photos that cannot be read or do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same photo after the effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipe to write (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel&apos;s size: 5, or rows x columns such as 3x7 (default 5; at most 32x32, or 18x18 across three channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one kernel for all colour channels (shared, the default), one per channel, or one from every channel to every channel (cross-channel: mixes colours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the border AFTER was made with (default reflect101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not fit a constant added after the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo or recipe name is empty; give a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output} is an input; write the recipe to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {output}, a {rows}×{cols} {mode} kernel: {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rounded)</source>
        <extracomment>How wide a preset&apos;s kernel may be listed before it is rounded or summed up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows}×{cols} weights from {low} to {high}, too wide to list here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters: {parameters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the presets, their parameters and default kernels: the built-in ones, then those saved in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only these presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name is a built-in preset&apos;s, which --preset picks first; rename it in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your preset, saved in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step options: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your presets are kept in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a recipe as a script doing what kernelstudio does: Python for
OpenCV, SciPy or PyTorch (&apos;python snippet.py IN OUT&apos;), or a shell
script calling ImageMagick 6 (&apos;sh snippet.sh IN OUT&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a library cannot do is written in NumPy; what ImageMagick cannot do
exactly, the script says at its top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipe saved by the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library the script is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only step N (from 1; disabled steps count too), not the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the script to FILE (default: print it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step must be from 1 to {count}, the steps of {recipe}; got {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output} is the recipe; write the script to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divide sums by N</source>
        <extracomment>Most steps a stack holds: far beyond any look, and few enough that a stack (a recipe, a session) is always read, shown and filtered in bounded time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add after dividing (with a kernel per channel, one each: 10,0,-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divide by the sum of weights (when it is not 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalize as GIMP does: divide by the sum&apos;s size; add 127.5 levels to a zero-sum kernel&apos;s result, 255 to a negative-sum one&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take absolute values (for edge detectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate the kernel 180 degrees (true convolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border mode (default reflect101)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill value for --border constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color (default), all, or letters from rgba such as rb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mix with the step&apos;s input, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel cell over the pixel, from 0,0 at the top left (default: the centre, kh//2,kw//2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the step N times (1 to {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter colour in linear light, as GIMP does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not weight colour by alpha (by default, as in ImageMagick, colour hidden under transparent pixels does not bleed into visible ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Redraws within a file come at most this often (seconds); a new file always redraws.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts} in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}/{total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kernelstudio apply&apos; works without a window</source>
        <extracomment>English (context &quot;cli&quot;); messages translate it where they say it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installation is incomplete: Qt&apos;s {platform} platform cannot find {own}, which come with PySide6; reinstall kernelstudio</source>
        <extracomment>The plugin file of each platform that needs something of the system. Shared libraries the xcb and Wayland plugins need from the system, with the package that provides each: (Debian and Ubuntu, Fedora). From ``ldd`` on Qt 6.10 and 6.11&apos;s plugins. Libraries that come with Qt itself: missing, they mean a broken install, not a package.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install them with &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) or &apos;sudo dnf install {fedora}&apos; (Fedora)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install it with &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) or &apos;sudo dnf install {fedora}&apos; (Fedora)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install the package that provides {name} (&apos;apt-file search {name}&apos;, &apos;dnf provides &quot;*/{name}&quot;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform needs {names}, not installed here: {hints}; {headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installation is incomplete: Qt&apos;s {platform} platform plugin is not in {plugin_parent}; reinstall kernelstudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM asks for xcb but DISPLAY is not set; {headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the X display {display!r} (DISPLAY) does not answer: is its X server running, and may you use it (xauth)? {headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Wayland display {display!r} (WAYLAND_DISPLAY) does not answer; {headless}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set, as over ssh): use &apos;kernelstudio apply&apos; for headless work, &apos;ssh -X&apos; to bring the window to your screen, or QT_QPA_PLATFORM=offscreen for &apos;kernelstudio --selftest&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>dog: sigma1 and sigma2 must differ, both are {sigma1:g}</source>
        <extracomment>The four sides, in the order the Sobel preset has always offered them. The four corners, for Roberts&apos; diagonal differences. The eight compass directions, clockwise from the top.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target {target!r}; choose one of {targets}</source>
        <extracomment>The targets, by the name ``--to`` takes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stack has no enabled step to write as code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ImageMagick script holds kernels shared by the channels; {which} has a kernel {kind}: copy it as Python code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy as code writes kernels {kind} for colour channels; {which} filters alpha with one too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor must be a (row, column) pair, got {anchor!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor {value} lies outside the {kh}×{kw} kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cval must be a number, got {cval!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cval must be a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a damaged {kind} file ({why})</source>
        <extracomment>TIFF compressions whose 16-bit colour pages are read at 16 bits (Pillow&apos;s names): what GIMP, Photoshop, OpenCV, ImageMagick and kernelstudio write. Others (JPEG, zstd, WebP) are left to Pillow, at 8 bits, with a note. Tags tifffile writes itself (or refuses, with a log line) whatever EXIF brings. The channels of libspng&apos;s RGBA to keep, for each 16-bit PNG colour type (slices, so that the one copy made is the result). A classic TIFF&apos;s offsets are 32-bit; past this many pixel bytes, write a BigTIFF.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its pixels are not the {width}×{height} its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first chunk is not the header Pillow read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour type {colour_type} at 16 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {value} is not the {width}×{height} RGB its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown border {border!r}; choose one of {borders}</source>
        <extracomment>Border modes, named as in OpenCV; ``valid`` shrinks the output instead of padding. Below this many output values threads cost more than they save. ``progress(fraction)`` with fraction in [0, 1]. ``finish(values, rows, cols)`` maps a block of raw sums (output rows and columns as slices) to final values; it may work in place and is called from worker threads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method {method!r}; choose one of {methods}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image must be 2-D (rows, columns) or 3-D (rows, columns, channels), got shape {array_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is empty (shape {array_shape})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images of type {array_dtype} are not supported; use uint8, uint16, another integer type, float32 or float64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border &apos;valid&apos; needs an image at least as large as the kernel; the image is {height}×{width} and the kernel {kh}×{kw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out must be {out_dtype} of shape {value}, got {out_dtype2} of shape {out_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing} was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixel (row {row}, column {col}) lies outside the {height}×{width} result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output must be the step&apos;s {array_dtype} result of shape {expected}, got {output_dtype} of shape {output_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {kind}, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {exc}; not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {kind} {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {kind}, not a file; choose a file name</source>
        <extracomment>The longest file name most file systems hold, in bytes. Bytes a temporary&apos;s name adds to its stem: ``.`` and ``.&lt;pid&gt;.&lt;8 random&gt;.part``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <extracomment>Default limit on width × height (× frames): 200 megapixels, beyond any hobbyist&apos;s camera. The formats `load_image` reads, as its messages name them. How many of a file&apos;s first bytes `sniff_format` is given: an AVIF&apos;s or HEIC&apos;s brands. Things the user should be told once: depth lost, colours converted, EXIF dropped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {error}; open a photo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated {kind} file</source>
        <extracomment>Errors of Python itself that a parser trips over on short or odd data; their words (&apos;unpack_from requires a buffer of at least 14 bytes&apos;) tell a person nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {what} ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size must be between {low} and {max_response_size}, got {size}</source>
        <extracomment>Side of a frequency response for kernels up to this size; larger ones double it. Largest side of a frequency response. Largest CNN stride `feature_map` takes. Relative tolerance for &quot;zero&quot;, &quot;equal&quot; and &quot;symmetric&quot; in `kernel_facts`. ITU-R BT.601 luma weights, as Pillow&apos;s &quot;L&quot; conversion and OpenCV&apos;s RGB2GRAY use.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divisor must be a number, got {divisor!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divisor must be a finite number other than 0, got {divisor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divisor {divisor:g} makes the gain too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>luminance needs 1 to 4 channels (grey to RGBA), got {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature maps are made from a 2-D grey image, got shape {array_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride must be between 1 and {max_stride}, got {stride}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2×2 max pooling needs a map at least 2×2, got {height}×{width}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <extracomment>Files named so are Photoshop Custom filters; any other name is kernel text. Larger files are refused unread: a 255×255 kernel of 64-character numbers is 4.2 MB.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kernel text (UTF-8), nor named .acf as Photoshop&apos;s Custom filters are{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save kernel file {path}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight must be text such as 2 or 1/16, got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not one number; a cell holds one, such as 2 or 1/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel text with brackets must look like [[1, 2, 1], [2, 4, 2], [1, 2, 1]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel text must be a string, got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&apos;MIC&apos;s &apos;^&apos; starts another channel; a kernel is one 2-D grid of weights, such as (0,-1,0;-1,5,-1;0,-1,0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel has 1 to {max_slices} channel slices, got {slices}</source>
        <extracomment>NumPy&apos;s brackets three or four deep, optionally inside np.array(...) or tensor(...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grids of one kernel give different anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel across channels has, for each of its {outputs} output channels (&apos;||&apos; between them), one grid per input channel (&apos;|&apos; between them): {outputs} each, got {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brackets three or four deep hold plain numbers only, as NumPy prints them: [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brackets three or four deep must be balanced lists of numbers, as in [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel text has more than {max_kernel_size} rows; each side may be at most {max_kernel_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {value} has {tokens} values; each side may be at most {max_kernel_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {value} has {values} but row 1 has {rows_0}; every row needs the same number of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel text is empty; write rows such as &apos;0 -1 0; -1 5 -1; 0 -1 0&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{geometry} before &apos;:&apos; is not a kernel size; ImageMagick kernels start with WIDTHxHEIGHT, as in {magick_example} (its named kernels, such as Laplacian, are not read)</source>
        <extracomment>G&apos;MIC&apos;s matrix: ``(a,b;c,d)``, rows split by &apos;;&apos; and values by &apos;,&apos;. ImageMagick&apos;s kernel geometry, the text before its &apos;:&apos;; the flags make kernel lists. A cell ImageMagick leaves out of the neighbourhood.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageMagick&apos;s {size_flags} turns the kernel into a list of rotated kernels; give one kernel (the Kernel menu turns it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {cols}x{rows} kernel cannot be used; each side may be from 1 to {max_kernel_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin +{size_col}+{size_row} lies outside the {name} kernel; +X+Y is a column from 0 to {last_col} and a row from 0 to {last_row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs {value} values, got {tokens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every value of the {name} kernel is nan (left out); a kernel needs at least one weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel must be a 2-D grid (rows × columns) whose rows all have the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel weights must be real numbers, not complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel weights must be numbers, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel weights must be numbers, not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel weights must be numbers within ±{max_weight:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel must be a 2-D grid (rows × columns), got {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel needs at least one weight, got shape {raw_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {rows}×{cols} kernel is too large; each side may be at most {max_kernel_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel weight at row {value}, column {value2} is {value3}; weights must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel weight at row {value}, column {value2} is {value3:g}; weights must lie between -{max_weight:g} and {max_weight:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cross-channel kernel has as many output channels as input channels (C × C × rows × columns), got shape {raw_shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel has 1 to {max_slices} channel slices, got {slices_0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice {where}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an all-zero kernel cannot be normalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be between 1 and {max_kernel_size}, got {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel size is one number or (rows, columns), got {size!r}</source>
        <extracomment>How a kernel is shared between colour channels: one for all, one each, or one from every input channel to every output channel (PyTorch&apos;s ``Conv2d.weight``). About how many bytes one block&apos;s windows take (a few blocks per thread are alive). Eigenvalues of the scaled normal matrix below this share of the largest count as 0. Most weights one output channel&apos;s kernel may have (32×32, or 18×18 across 3 channels): G has their square as entries, and each thread sums a copy of it per channel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before and after must be the same size; before is {before_cols}×{before_rows} pixels and after {after_cols}×{after_rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before and after must have the same channels; before has {channels_0} and after {channels_1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mode {mode!r}; choose one of {learn_modes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kh}×{kw} kernel{inputs} has {value} weights to learn, more than the {max_learned_weights} learning can handle; choose a smaller size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} is not a finite number; numbers lie within ±{most}</source>
        <extracomment>Longest number text read, in characters (spaces around it not counted). Longer text is cut when an error message quotes it. The largest float, as the message about too large a number writes it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} is closer to 0 than any number can be (5e-324); write 0 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} is not text; use numbers such as 2, -0.5 or 1/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} is too long for a number; write at most {max_number_text} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} is not a number; use numbers such as 2, -0.5 or 1/16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} divides by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of {digits} digits is too long; numbers may have at most {max_number_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number a {kind} may hold; use finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line {exc_lineno}, column {exc_colno}: {exc_msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} is nested too deeply to be a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps filter uint8, uint16, float32 and float64 images, not {dtype}</source>
        <extracomment>Below this share of the kernel&apos;s weight over visible pixels, alpha weighting keeps the colour as it was: the window is (all but) fully transparent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with {wanted}{other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Photoshop Custom filter</source>
        <extracomment>Bytes in an .acf file. Largest weight magnitude Photoshop&apos;s grid takes. Largest scale (divisor); the smallest is 1. Largest offset magnitude, in levels. Cells from the centre to the rim of Photoshop&apos;s 5×5 grid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{not_acf}: it has {data} bytes, and .acf files have {acf_size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{not_acf}: its weight at row {row}, column {column} is {weight}, and Photoshop&apos;s lie between -{max_acf_weight} and {max_acf_weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{not_acf}: its scale is {scale}, and Photoshop&apos;s is from 1 to {max_acf_scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{not_acf}: its offset is {offset}, and Photoshop&apos;s lies between -{max_acf_offset} and {max_acf_offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photoshop&apos;s 5×5 grid is centred on the pixel and reaches {reach} cells from it; this {rows}×{cols} kernel has weights {reach2} cells from its anchor (row {top}, column {left}), so it cannot be centred in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photoshop&apos;s weights lie between -{max_acf_weight} and {max_acf_weight}, and the weight at row {value}, column {value2} is {value3:g}</source>
        <extracomment>Step options whose picture the file makes too (folded into its numbers, or for the border, noted), and alpha weighting, which changes nothing over opaque pixels. What Photoshop&apos;s Custom filter lacks for each other option, and what to do about it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photoshop&apos;s scale (the divisor) is from 1 to {max_acf_scale}, and this step divides by {divisor:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photoshop&apos;s offset is a whole number of levels from -{max_acf_offset} to {max_acf_offset}, and this step adds {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds 32-bit integer pixels, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds 32-bit float pixels, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save {pixels_dtype} pixels; use uint8, uint16 or float in 0..1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save an image with {channels} channels; use 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a damaged PNG file (the checksum of its {shown} chunk is wrong)</source>
        <extracomment>Ancillary chunks that hold the picture itself: a checksum failure there is damage to it. The largest metadata chunk `find_chunk` returns: Pillow&apos;s own limit on a text chunk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be one of {choices}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be between {minimum} and {maximum}, got {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be odd, got {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset {name} has no parameter {name2} (parameters: {hint})</source>
        <extracomment>Whole numbers up to this are written out in full; larger ones as 1e+15.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset {name}{hint} (presets: {presets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset_name}: write parameters as name=value, got {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{preset_name}: parameter {key} is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be an object with keys such as &apos;kernel&apos; or &apos;preset&apos;</source>
        <extracomment>Recipes larger than this are refused before parsing (a 255×255 kernel is about 1 MB).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown key {key}{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} needs a &apos;kernel&apos; or a &apos;preset&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: preset must be a name such as &apos;sharpen&apos;, got {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: params must be an object such as {{&quot;size&quot;: 5}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: params need a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipe must be a JSON object with a &apos;steps&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a kernelstudio recipe (format is {data_format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe version must be a whole number from 1, got {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this recipe is version {version}, made by a newer kernelstudio; this one reads up to version {recipe_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown recipe key {unknown_0} (keys: format, version, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipe needs a &apos;steps&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipe holds at most {max_steps} steps, got {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file; recipes are UTF-8 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save recipe {path}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: kernelstudio reads HEIC photos but does not write them; end the name with {written}</source>
        <extracomment>JPEG, WebP and AVIF quality of the window&apos;s exports and the command line&apos;s outputs. The formats that take a quality. libaom&apos;s speed for AVIF (0 slowest to 10): 8 encodes a 12-megapixel photo in about 5 s on two cores where Pillow&apos;s default 6 takes 15 to 20 s, for files 20% larger and the same error at quality 95. File extensions kernelstudio reads and writes, and the format each one means. File extensions of formats kernelstudio reads but does not write. The extensions an output&apos;s name can end with, as messages list them. The largest width or height each format can store (libjpeg&apos;s and libwebp&apos;s limits; for AVIF, the largest libavif reads back by default).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of {path} ({shown}); end the name with {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {name}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {name}: {kind} holds at most {largest}×{largest} pixels and the image is {cols}×{rows}; choose .png or .tif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality must be a whole number from 1 to 100, got {quality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {name} as {kind}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel does not match preset {preset_name} with these parameters; drop the preset or the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs a kernel or a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params only make sense together with a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divisor must not be 0 (or closer to 0 than {value:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name must be text, got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dividing the weights by {by} makes them too large; {fix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} step has one {value} per channel; ask for its {value}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kernel is shared, per-channel or cross-channel, not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel mixes channels (an output channel takes weight from another input channel), so it cannot be made {value}; set the grids between different channels to 0 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channels have different grids, so one shared kernel cannot stand for them; make them equal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channels have different offsets, so one shared kernel cannot stand for them; give them the same offset first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slice of a cross-channel kernel is named by its output and its input channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>border &apos;valid&apos; takes {last_row} rows and {last_col} columns a pass: {iterations} iterations need an image of at least {need_0}×{need_1}; the image is {image_rows}×{image_cols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one offset per channel needs a kernel per channel (C × rows × columns); this kernel is shared, so give one number, not {offset}</source>
        <extracomment>The fields of `Step` that are its options (every field but the kernel, preset, params, enabled and name), in recipe order. Their metadata holds the command line&apos;s ``help`` and ``cli_order``, and where needed its ``flag``, ``metavar`` and ``choices``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel has {slices} channel slices, so give one offset or {slices}, not {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stack holds at most {max_steps} steps, got {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stack holds steps, got {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no step {index} in a stack of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels must be text such as &apos;color&apos;, &apos;all&apos; or &apos;rb&apos;, got {channels}</source>
        <extracomment>Named channel selections; any combination of the letters r, g, b and a works too. Most times one step may be repeated (ImageMagick&apos;s ``Convolve:N``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels must be &apos;color&apos;, &apos;all&apos; or letters from r, g, b, a (such as &apos;rb&apos;), got {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be between {low:g} and {high:g}, got {number:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalize must be true, false or &quot;gimp&quot;, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iterations must be between 1 and {max_iterations}, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor must be a (row, column) pair such as [1, 1], got {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor ({row}, {col}) lies outside the {rows}×{cols} kernel (rows 0 to {last_row}, columns 0 to {last_col})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anchor is ROW,COL such as 1,1, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anchor&apos;s row and column are whole numbers, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offset is a number such as 10, or one per channel such as 10,0,-5, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum must be a number from 0 to just below 1, got {momentum!r}</source>
        <extracomment>Most updates one call of `Trainer.step` runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count must be from 1 to {max_updates}, got {count}</source>
        <extracomment>weights = transform @ standardised weights, per system</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rate must be a number above 0, got {rate!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <extracomment>Where the old contents of a file that could not be read go when the store is next written. How many of the user&apos;s presets (or problems with them) a message lists by name. A presets file larger than this is not one the window wrote.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preset name may have at most {max_preset_name} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} is the name of a built-in preset; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the presets in {path}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a name and a kernel, got {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is there twice; the first was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found!r} is your own preset, a fixed kernel; it takes no parameters, got {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset {name}{hint} (presets: {presets}; yours: {yours}; &apos;kernelstudio presets&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insight</name>
    <message>
        <source>flat areas go to 0 (black): responds to edges only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inverts brightness: flat areas × {gain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brightens by {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>darkens by {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pixel up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pixel down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pixel left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pixel right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pixels up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pixels down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pixels left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pixels right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: every pixel becomes 0 (black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: every pixel stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales every pixel by {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts the photo by {moves}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts the photo by {moves}, scaled by {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box blur: the plain average of a {rows}×{cols} square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box blur: the plain average of a {rows}×{cols} rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur (low-pass): a weighted average of the neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverted blur: minus a weighted average of the neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge detector for horizontal edges (brightness changing from top to bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge detector for vertical edges (brightness changing from left to right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge detector for diagonal edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laplacian-like edge detector: outlines edges in every direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge detector (high-pass): flat areas go to 0, changes stand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emboss: a directional edge added to the photo, so edges look raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpen (high-boost): the photo plus its edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: a mix of positive and negative weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror left-right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirror top-bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180° rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as one row of {cols} values (1×{cols}); for a {side}×{side} kernel separate the rows with &apos;;&apos;, as in &quot;{example}&quot;</source>
        <extracomment>Square sizes whose weights, written on one row, are most likely a square with the row breaks forgotten: 3×3, 5×5 and 7×7.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kernels</name>
    <message>
        <source>shared</source>
        <extracomment>Largest kernel side accepted anywhere (the window, recipes, the command line, the API). Largest weight magnitude; keeps every sum finite in float32 for any image and kernel size. Most channels a per-channel or cross-channel kernel has a slice for: RGBA and beyond. The kinds of kernel a step has, by the number of its dimensions (2, 3 and 4). Each kind as people say it: &quot;a kernel per channel&quot; (English; translated where shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>learn</name>
    <message>
        <source> from each of {count} channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∞ dB (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{psnr:.1f} dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSNR {decibels}, RMSE {rmse:.2f} levels, R² {r2:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after is clipped (0 or full scale) almost everywhere, which hides what a kernel made: {pixels:.0f} pixels are left to learn {unknowns} numbers from: R² {r2:.4f}</source>
        <extracomment>A fit leaving at most this RMSE (8-bit levels) needs no warning: rounding to 8 bits leaves about 0.3. Residuals whose neighbours correlate less than this are noise, not structure. A curve explaining this share of after&apos;s variance makes the effect a tone change. A phase-correlation peak above this is a shift of the whole picture. The side of the middle crop the extra fits and the alignment check look at. Another fit is &quot;better&quot; when it leaves at most this share of the error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before has too little detail to tell the kernel&apos;s weights apart (it pins down {rank} of the {unknowns} numbers), so this is one kernel of many that fit equally well: R² {r2:.4f}; learn from a photo with more detail, or a smaller size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² {r2:.4f}, error {rmse:.1f} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shift}, so no kernel of this size maps one to the other: {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel fits inside the picture (error {inside:.1f} levels) but not near its edges: after was made with another border than {border}, or the two were cropped differently: {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a tone change (a curve applied to every value), not a kernel: R² {r2:.4f} for the kernel, {tone:.4f} for a curve; use Curves or Levels in a photo editor instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{better}: {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after looks unrelated to before: {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after holds random noise that no kernel makes ({rmse:.1f} levels); the kernel is the best fit without it: R² {r2:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the error left follows the picture&apos;s detail, so after looks made by a median-like or other non-linear filter (or saved with lossy compression), not by a kernel alone: {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the images do not line up: after is moved {rows} rows and {cols} columns against before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the images do not line up: parts of after are moved differently against before ({fewest_rows} to {most_rows} rows, {fewest_cols} to {most_cols} columns), as by a resize, turn or warp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after mixes the colour channels, which this mode cannot: mode cross-channel fits it better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a larger kernel fits clearly better: try size {rows}×{cols} or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>{name}: only the first {max_frames} of {count} frames were written</source>
        <extracomment>Output formats that hold several frames: animated PNG, WebP and AVIF, multi-page TIFF. The most frames a photo is read with: 40 s of a 25-frame-a-second animation, more pages than a scanned document has. Pillow&apos;s TIFF writer takes time that grows as the square of the pages (1000 pages in 1.5 s, 2000 in 4.5 s): the limit keeps any save short. The longest WebP frame, in milliseconds: its duration has 24 bits. The longest WebP animation, in milliseconds: libwebp&apos;s timestamps are C ints. Milliseconds each frame is shown, the first frame&apos;s first. Times the animation plays; 0 is forever.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds one frame; only the first of {count} was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; {what} edited and exported at 8 bits, so the extra precision is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is CMYK; it is shown, filtered and exported as RGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {max_frames} frames; only the first {max_frames} are edited and written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind} could not hold this photo&apos;s camera settings and GPS (EXIF sub-blocks); they were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {what} 8 bits per channel; the 16-bit values were rounded to the nearest of 256 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind} could not hold this photo&apos;s EXIF data; it was written without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the pages differ in size or kind, which an animated {kind} cannot hold; only the first of {frames} was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the EXIF data given is damaged; it was written without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Blur</source>
        <extracomment>The families presets are filed under, in the order the window shows them. Titles, docs, sources, families and parameter docs are English (context &quot;presets&quot;), translated where shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side of the kernel in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread in pixels; 0 picks it from the size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the side that must be brighter for a positive response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setosa.io Image Kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the four neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small 3×3 weighted average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the four corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain average of a square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV blur (normalised box filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth blur with OpenCV&apos;s Gaussian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV getGaussianKernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binomial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pascal&apos;s triangle times itself: a Gaussian in whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageMagick Binomial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lens blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk, as an out-of-focus lens blurs; rim cells weigh the part of them inside the circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius of the disk in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageMagick Disk, with area-weighted rim cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smears along a line, as a moving camera does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length of the smear in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degrees counter-clockwise from horizontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernelstudio (an antialiased line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow&apos;s SMOOTH: a centre-weighted 3×3 average (divisor 13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow ImageFilter.SMOOTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow&apos;s SMOOTH_MORE: a centre-weighted 5×5 average (divisor 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow ImageFilter.SMOOTH_MORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the photo as it is (scaled by iden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boosts each pixel against its four neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsharp mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds back the difference from a Gaussian blur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how much of the detail to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>textbook unsharp mask, with OpenCV&apos;s Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge enhance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow&apos;s EDGE_ENHANCE; 9 is EDGE_ENHANCE_MORE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre weight (sum is center - 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow ImageFilter.EDGE_ENHANCE, EDGE_ENHANCE_MORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow&apos;s DETAIL: a gentle sharpen (divisor 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow ImageFilter.DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responds to edges facing one direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the middle taps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the corner taps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV Sobel (ksize 3); setosa.io Image Kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prewitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel&apos;s edges with equal weights: flatter, noisier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageMagick Prewitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scharr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sobel&apos;s edges with weights that treat every angle more alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV Scharr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kirsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compass edge: 5 on the three cells facing a direction, -3 on the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the side or corner that must be brighter for a positive response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageMagick Kirsch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roberts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest edge detector: a 2×2 diagonal difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corner that must be brighter for a positive response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roberts cross (1963), as ImageMagick Roberts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-1 around a centre that balances them: edges only. Size 3 is the 8-neighbour Laplacian (square) or the 4-neighbour one (cross).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square: -1 on every other cell; cross: on the middle row and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageMagick Laplacian:0 (square) and :1 (cross), at size 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laplacian of Gaussian: edges at one scale, as a Mexican hat; positive weights sum to 1, negative to -1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread of the Gaussian in pixels; the kernel holds both signs only while sigma &lt; (size − 1) / 2, and blurs beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageMagick LoG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference of Gaussians: the blur at sigma1 minus the one at sigma2; positive weights sum to 1, negative to -1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread of the positive Gaussian in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread of the negative Gaussian in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageMagick DoG, with OpenCV&apos;s Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights large differences between neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the eight neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow&apos;s FIND_EDGES: bright lines on black where the photo has edges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow ImageFilter.FIND_EDGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes edges look raised, lit from the top left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the diagonal corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight of the centre and its neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow&apos;s CONTOUR: dark lines on white where the photo has edges (offset 255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow ImageFilter.CONTOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gabor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripes under a Gaussian: responds to texture at one angle and spacing, like a CNN&apos;s first layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread of the Gaussian in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degrees, as OpenCV&apos;s theta: 0 upright stripes, 90 level ones, turning clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wavelength of the stripes in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aspect: below 1 the stripes are longer than the Gaussian is wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase in degrees: 0 a bright centre stripe, 90 an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV getGaborKernel (theta and psi in degrees)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>slices</name>
    <message>
        <source>Shared</source>
        <extracomment>The kinds of kernel the window offers: (label, `Step.kind`); the labels are shown translated (context &quot;slices&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
