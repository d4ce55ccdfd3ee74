<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Created by someone else (the undo stack); only named, keyed and placed here. The menus, by key, in the menu bar&apos;s order.</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>カーネル(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation>写真を開く</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the full-resolution result</source>
        <translation>結果をフル解像度で書き出す</translation>
    </message>
    <message>
        <source>&amp;Save Recipe…</source>
        <translation>レシピを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the stack as a recipe</source>
        <translation>スタックをレシピとして保存する</translation>
    </message>
    <message>
        <source>&amp;Load Recipe…</source>
        <translation>レシピを読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Replace the stack with a saved recipe</source>
        <translation>スタックを保存済みのレシピに置き換える</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit kernelstudio</source>
        <translation>kernelstudio を終了する</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Copy Step as C&amp;ode…</source>
        <translation>ステップをコードとしてコピー(&amp;O)…</translation>
    </message>
    <message>
        <source>Copy as code: the selected step as an OpenCV, SciPy, PyTorch or ImageMagick script</source>
        <translation>コードとしてコピー: 選択したステップを OpenCV、SciPy、PyTorch または ImageMagick のスクリプトにする</translation>
    </message>
    <message>
        <source>Copy Stack as Co&amp;de…</source>
        <translation>スタックをコードとしてコピー(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy as code: the whole stack as an OpenCV, SciPy, PyTorch or ImageMagick script</source>
        <translation>コードとしてコピー: スタック全体を OpenCV、SciPy、PyTorch または ImageMagick のスクリプトにする</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>The largest photo to open; metadata on export; the language</source>
        <translation>開ける写真の最大サイズ、書き出し時のメタデータ、表示言語</translation>
    </message>
    <message>
        <source>&amp;Cancel Work</source>
        <translation>処理を中止(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the filtering, opening or export running</source>
        <translation>実行中のフィルター処理、読み込み、書き出しを止める</translation>
    </message>
    <message>
        <source>&amp;Import kernel…</source>
        <translation>カーネルを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import kernel: a Photoshop Custom filter (.acf) or kernel text into the selected step</source>
        <translation>カーネルの読み込み: Photoshop のカスタムフィルター (.acf) またはカーネルテキストを選択したステップに読み込む</translation>
    </message>
    <message>
        <source>E&amp;xport kernel…</source>
        <translation>カーネルを書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>Export kernel: the selected step&apos;s kernel as a Photoshop Custom filter (.acf) or kernel text</source>
        <translation>カーネルの書き出し: 選択したステップのカーネルを Photoshop のカスタムフィルター (.acf) またはカーネルテキストとして書き出す</translation>
    </message>
    <message>
        <source>&amp;Learn from example…</source>
        <translation>例から学習(&amp;L)…</translation>
    </message>
    <message>
        <source>Learn from example: the kernel that turns the photo into an image you have</source>
        <translation>例から学習: 写真を手元の画像に変えるカーネルを求める</translation>
    </message>
    <message>
        <source>&amp;Train like a CNN…</source>
        <translation>CNN のように訓練(&amp;T)…</translation>
    </message>
    <message>
        <source>Train like a CNN: watch gradient descent find a kernel from random weights</source>
        <translation>CNN のように訓練: ランダムな重みから勾配降下法がカーネルを見つける様子を見る</translation>
    </message>
    <message>
        <source>&amp;Split View</source>
        <translation>分割表示(&amp;S)</translation>
    </message>
    <message>
        <source>Before on the left of the line, after on the right (hold \ for the original)</source>
        <translation>線の左が処理前、右が処理後 (\ を押している間は元の写真)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the photo in the window</source>
        <translation>写真をウィンドウに収める</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>100%(&amp;1)</translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel</source>
        <translation>写真の 1 ピクセルを画面の 1 ピクセルで表示する</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <source>Getting started: what a kernel is, and the first minute</source>
        <translation>はじめに: カーネルとは何か、最初の 1 分間</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: every key the window answers to</source>
        <translation>キーボードショートカット: ウィンドウが受け付けるすべてのキー</translation>
    </message>
    <message>
        <source>&amp;About kernelstudio</source>
        <translation>kernelstudio について(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Photos opened lately</source>
        <translation>最近開いた写真</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Autosave is off: {folder} cannot be made or written ({error}).</source>
        <extracomment>The session is saved this long after the last edit, and at least this often.</extracomment>
        <translation>自動保存はオフです: {folder} を作成または書き込みできません ({error})。</translation>
    </message>
    <message>
        <source>the sessions folder</source>
        <translation>セッションフォルダー</translation>
    </message>
    <message>
        <source>Could not autosave the session: {error}</source>
        <translation>セッションを自動保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Autosaved sessions</source>
        <translation>自動保存されたセッション</translation>
    </message>
    <message>
        <source>the stack of 1 step and the photo {photo}</source>
        <translation>1 ステップのスタックと写真 {photo}</translation>
    </message>
    <message>
        <source>the stack of {count} steps and the photo {photo}</source>
        <translation>{count} ステップのスタックと写真 {photo}</translation>
    </message>
    <message>
        <source>the stack of 1 step</source>
        <translation>1 ステップのスタック</translation>
    </message>
    <message>
        <source>the stack of {count} steps</source>
        <translation>{count} ステップのスタック</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>保存日時不明</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>前回のセッションを復元しますか？</translation>
    </message>
    <message>
        <source>kernelstudio did not close normally (last saved {when}). Restore {what}?</source>
        <translation>kernelstudio は正常に終了しませんでした (最終保存: {when})。{what}を復元しますか？</translation>
    </message>
    <message>
        <source> If you restore it, the sessions not yet offered are kept for the next start.</source>
        <translation>復元すると、まだ提示していないセッションは次回の起動時まで残ります。</translation>
    </message>
    <message>
        <source>Restore a session? ({number} of {total})</source>
        <translation>セッションを復元しますか？ ({number}/{total})</translation>
    </message>
    <message>
        <source>{total} kernelstudio windows did not close normally; this one was last saved {when}. Restore {what}?</source>
        <translation>{total} 個の kernelstudio ウィンドウが正常に終了しませんでした。このウィンドウの最終保存は {when} です。{what}を復元しますか？</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>セッションを復元</translation>
    </message>
    <message>
        <source>The session&apos;s photo {photo} is gone; its stack is restored on the photo open now.</source>
        <translation>セッションの写真 {photo} が見つかりません。スタックは現在開いている写真の上に復元されます。</translation>
    </message>
    <message>
        <source>The lock of the autosaved session {session} is not a lock file ({reason}) and could not be renamed ({error}); that session is left as it is.</source>
        <translation>自動保存されたセッション {session} のロックはロックファイルではなく ({reason})、名前も変更できませんでした ({error})。このセッションはそのままにします。</translation>
    </message>
    <message>
        <source>The lock of the autosaved session {session} was not a lock file ({reason}); it was renamed {aside} in {folder}, and the window opened as usual.</source>
        <translation>自動保存されたセッション {session} のロックはロックファイルではありませんでした ({reason})。{folder} 内で {aside} に名前を変更し、ウィンドウは通常どおり開きました。</translation>
    </message>
    <message>
        <source>The autosaved session {path} is damaged ({error}) and could not be renamed ({why}); it is left as it is.</source>
        <translation>自動保存されたセッション {path} は壊れており ({error})、名前も変更できませんでした ({why})。そのままにします。</translation>
    </message>
    <message>
        <source>The autosaved session {session} could not be read ({error}); it was renamed {aside} in {folder}, and the window opened as usual.</source>
        <translation>自動保存されたセッション {session} を読み込めませんでした ({error})。{folder} 内で {aside} に名前を変更し、ウィンドウは通常どおり開きました。</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Photo canvas</source>
        <translation>写真キャンバス</translation>
    </message>
    <message>
        <source>The photo: wheel to zoom, drag to pan, drag the line to compare; hold \ to see the original</source>
        <translation>写真: ホイールで拡大縮小、ドラッグで移動、線をドラッグして比較。\ を押している間は元の写真</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>処理前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>処理後</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Copy as code</source>
        <extracomment>After an edit, how long the stack must stay as it is before the script is written again (in ms): a slider being dragged would otherwise rewrite a large kernel&apos;s script each step.</extracomment>
        <translation>コードとしてコピー</translation>
    </message>
    <message>
        <source>Library: what the script is written for</source>
        <translation>ライブラリ: スクリプトの対象</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>ライブラリ(&amp;L):</translation>
    </message>
    <message>
        <source>Selected &amp;step</source>
        <translation>選択したステップ(&amp;S)</translation>
    </message>
    <message>
        <source>Selected step: only the step chosen in the stack</source>
        <translation>選択したステップ: スタックで選んだステップのみ</translation>
    </message>
    <message>
        <source>Whole s&amp;tack</source>
        <translation>スタック全体(&amp;T)</translation>
    </message>
    <message>
        <source>Whole stack: every enabled step, in order</source>
        <translation>スタック全体: 有効なすべてのステップを順に</translation>
    </message>
    <message>
        <source>How to run it: the file to save it as, and what it needs</source>
        <translation>実行方法: 保存するファイル名と必要なもの</translation>
    </message>
    <message>
        <source>Code: the script, as Copy puts it on the clipboard</source>
        <translation>コード: コピーでクリップボードに入るスクリプト</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy: put the script on the clipboard</source>
        <translation>コピー: スクリプトをクリップボードに入れる</translation>
    </message>
    <message>
        <source>Copied: what Copy did</source>
        <translation>コピー済み: コピーの結果</translation>
    </message>
    <message>
        <source>Save it as {file} and run: {run}   (it needs: {needs})</source>
        <translation>{file} として保存して実行: {run}   (必要なもの: {needs})</translation>
    </message>
    <message>
        <source>No code to show: {error}.</source>
        <translation>表示するコードがありません: {error}。</translation>
    </message>
    <message>
        <source>Copied {count} lines of {library} code.</source>
        <translation>{library} のコードを {count} 行コピーしました。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>A stack holds at most {count} steps; remove one first.</source>
        <extracomment>What Add puts in the stack, and what the greyed options show with no step selected. The selected step, what it holds, or the slice of it on show changed: controls showing it must refresh. An edit was not made; the text says why, for the status bar.</extracomment>
        <translation>スタックのステップは最大 {count} 個です。先にどれかを削除してください。</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>{title} を削除</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>{title} を移動</translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <source>the error output (the app-data folder {folder} cannot hold a log: {error})</source>
        <extracomment>The libraries whose log lines go to the same file.</extracomment>
        <translation>エラー出力 (アプリのデータフォルダー {folder} にログを置けません: {error})</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <source>Sobel, four directions</source>
        <extracomment>The banks offered, by key: what the menu says (translated as the menu is filled).</extracomment>
        <translation>Sobel、4 方向</translation>
    </message>
    <message>
        <source>Outline, emboss, sharpen, blur</source>
        <translation>アウトライン、エンボス、シャープ、ぼかし</translation>
    </message>
    <message>
        <source>Every preset</source>
        <translation>すべてのプリセット</translation>
    </message>
    <message>
        <source>The steps of the stack, each on its own</source>
        <translation>スタックの各ステップを個別に</translation>
    </message>
    <message>
        <source>{title}, slice {slice}</source>
        <translation>{title}、スライス {slice}</translation>
    </message>
    <message>
        <source>Sobel {direction}</source>
        <translation>Sobel {direction}</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <extracomment>Emitted when new tiles are on show (tests wait for it).</extracomment>
        <translation>特徴マップ</translation>
    </message>
    <message>
        <source>A bank of kernels on the photo, side by side, as a CNN layer sees it</source>
        <translation>カーネルのバンクを写真に並べて適用: CNN の層が見るように</translation>
    </message>
    <message>
        <source>Bank: the kernels to compare</source>
        <translation>バンク: 比較するカーネル</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>ReLU: set negative responses to 0, as a CNN does</source>
        <translation>ReLU: CNN と同様に負の応答を 0 にする</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>ストライド</translation>
    </message>
    <message>
        <source>Stride: keep every n-th pixel of each map</source>
        <translation>ストライド: 各マップの n ピクセルごとに 1 つを残す</translation>
    </message>
    <message>
        <source>2×2 max-pool</source>
        <translation>2×2 最大プーリング</translation>
    </message>
    <message>
        <source>Max-pool: keep the largest value of each 2×2 block</source>
        <translation>最大プーリング: 2×2 ブロックごとに最大値を残す</translation>
    </message>
    <message>
        <source>What the tiles show</source>
        <translation>タイルの内容</translation>
    </message>
    <message>
        <source>Feature maps: click one to add its kernel to the stack</source>
        <translation>特徴マップ: クリックするとそのカーネルをスタックに追加</translation>
    </message>
    <message>
        <source>The stack is empty: add steps to compare them.</source>
        <translation>スタックが空です: 比較するステップを追加してください。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>{title}: {width}×{height}, values {low} to {high}. Click to add it to the stack.</source>
        <translation>{title}: {width}×{height}、値 {low} 〜 {high}。クリックでスタックに追加。</translation>
    </message>
    <message>
        <source>Photo in grey at {width}×{height}; red &gt; 0, blue &lt; 0</source>
        <translation>写真をグレーで {width}×{height} 表示。赤 &gt; 0、青 &lt; 0</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>{title} を追加</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>画像 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Recipes (*.json)</source>
        <translation>レシピ (*.json)</translation>
    </message>
    <message>
        <source>Photoshop Custom filters (*.acf)</source>
        <translation>Photoshop カスタムフィルター (*.acf)</translation>
    </message>
    <message>
        <source>Kernel text (*.txt)</source>
        <translation>カーネルテキスト (*.txt)</translation>
    </message>
    <message>
        <source>Kernels (*.acf *.txt)</source>
        <translation>カーネル (*.acf *.txt)</translation>
    </message>
    <message>
        <source>Cannot open photo</source>
        <extracomment>The dialog&apos;s title when a job of each kind fails (translated where shown).</extracomment>
        <translation>写真を開けません</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>書き出せません</translation>
    </message>
    <message>
        <source>Cannot load recipe</source>
        <translation>レシピを読み込めません</translation>
    </message>
    <message>
        <source>Cannot import the kernel</source>
        <translation>カーネルを読み込めません</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before opening another photo?</source>
        <extracomment>What `confirm_discard` asks, by what is about to happen.</extracomment>
        <translation>スタックにはレシピに保存していない変更があります。別の写真を開く前に保存しますか？</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before loading a recipe?</source>
        <translation>スタックにはレシピに保存していない変更があります。レシピを読み込む前に保存しますか？</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before opening what was dropped?</source>
        <translation>スタックにはレシピに保存していない変更があります。ドロップしたものを開く前に保存しますか？</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before closing?</source>
        <translation>スタックにはレシピに保存していない変更があります。閉じる前に保存しますか？</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <extracomment>A photo finished loading and is shown. An export was written. A recipe was read and is now the stack. A kernel file was read into the selected step (or a new one). The selected step&apos;s kernel was written to a kernel file.</extracomment>
        <translation>{file} を開いています…</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>写真を開く</translation>
    </message>
    <message>
        <source>{file} — kernelstudio</source>
        <translation>{file} — kernelstudio</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} を開きました</translation>
    </message>
    <message>
        <source>About this photo</source>
        <translation>この写真について</translation>
    </message>
    <message>
        <source> (Edit ▸ Preferences sets the limit)</source>
        <translation> (上限は 編集 ▸ 環境設定 で設定できます)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>結果の書き出し</translation>
    </message>
    <message>
        <source>Replace the original?</source>
        <translation>元の写真を置き換えますか？</translation>
    </message>
    <message>
        <source>{path} is the photo you opened. Replace it with the result? The original cannot be brought back.</source>
        <translation>{path} は開いた写真です。結果で置き換えますか？ 元の写真は元に戻せません。</translation>
    </message>
    <message>
        <source>Export quality</source>
        <translation>書き出し品質</translation>
    </message>
    <message>
        <source>{format} quality (1 to 100):</source>
        <translation>{format} の品質 (1 〜 100):</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>{file} を書き出しています…</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} を書き出しました</translation>
    </message>
    <message>
        <source>About this export</source>
        <translation>この書き出しについて</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>レシピを保存</translation>
    </message>
    <message>
        <source>Cannot save recipe</source>
        <translation>レシピを保存できません</translation>
    </message>
    <message>
        <source>Saved recipe {path}</source>
        <translation>レシピ {path} を保存しました</translation>
    </message>
    <message>
        <source>Load recipe</source>
        <translation>レシピを読み込む</translation>
    </message>
    <message>
        <source>Loading recipe {file}…</source>
        <translation>レシピ {file} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Load recipe {file}</source>
        <translation>レシピ {file} を読み込む</translation>
    </message>
    <message>
        <source>Loaded recipe {path}</source>
        <translation>レシピ {path} を読み込みました</translation>
    </message>
    <message>
        <source>Import kernel</source>
        <translation>カーネルの読み込み</translation>
    </message>
    <message>
        <source>Importing kernel {file}…</source>
        <translation>カーネル {file} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Import kernel {file}</source>
        <translation>カーネル {file} を読み込む</translation>
    </message>
    <message>
        <source>Imported {path} into step {number}</source>
        <translation>{path} をステップ {number} に読み込みました</translation>
    </message>
    <message>
        <source>Export kernel</source>
        <translation>カーネルの書き出し</translation>
    </message>
    <message>
        <source>

Kernel text (.txt) holds any kernel.</source>
        <translation>

カーネルテキスト (.txt) はどんなカーネルも保存できます。</translation>
    </message>
    <message>
        <source>Cannot export the kernel</source>
        <translation>カーネルを書き出せません</translation>
    </message>
    <message>
        <source>Exported the kernel to {path}</source>
        <translation>カーネルを {path} に書き出しました</translation>
    </message>
    <message>
        <source>About this kernel file</source>
        <translation>このカーネルファイルについて</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started: kernels, steps and the first minute</source>
        <extracomment>The bundled page that Help ▸ Getting Started shows.</extracomment>
        <translation>はじめに: カーネル、ステップ、最初の 1 分間</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: every action that has one</source>
        <translation>キーボードショートカット: ショートカットのあるすべての操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>InsightDock</name>
    <message>
        <source>Insight</source>
        <extracomment>Weights are written in the cells while each cell is at least this many pixels wide. Height of the heat map and of the frequency response beside it.</extracomment>
        <translation>解析</translation>
    </message>
    <message>
        <source>What the selected kernel does: its weights, frequencies and facts</source>
        <translation>選択したカーネルの働き: 重み、周波数、特徴</translation>
    </message>
    <message>
        <source>No step selected: click a preset (or select a step) to see what its kernel does, as a picture, as frequencies and in words.</source>
        <translation>ステップが選択されていません: プリセットをクリックする (またはステップを選択する) と、そのカーネルの働きを図、周波数、言葉で表示します。</translation>
    </message>
    <message>
        <source>Slice: which grid of the kernel this is about</source>
        <translation>スライス: 説明の対象となるカーネルのグリッド</translation>
    </message>
    <message>
        <source>Heat map: red weights add, blue weights subtract, white is zero</source>
        <translation>ヒートマップ: 赤い重みは加算、青い重みは減算、白は 0</translation>
    </message>
    <message>
        <source>Frequency response: how strongly each frequency passes; the middle is flat areas, the rim the finest detail</source>
        <translation>周波数応答: 各周波数がどれだけ通るか。中央は平坦な部分、外周は最も細かいディテール</translation>
    </message>
    <message>
        <source>Top: the weights, red adding, blue subtracting, white 0. Below: how much of each frequency passes, dark blue none to yellow the most (the scale&apos;s top); flat areas in the middle, the finest detail at the rim.</source>
        <translation>上: 重み (赤は加算、青は減算、白は 0)。下: 各周波数がどれだけ通るか (濃い青は通らず、黄色が最大 = 目盛りの上端)。中央は平坦な部分、外周は最も細かいディテール。</translation>
    </message>
    <message>
        <source>Legend: what the colours of the two pictures mean</source>
        <translation>凡例: 2 つの図の色の意味</translation>
    </message>
    <message>
        <source>Through the middle: &lt;span style=&apos;color: {across_colour}&apos;&gt;across&lt;/span&gt;, &lt;span style=&apos;color: {down_colour}&apos;&gt;down (dashed)&lt;/span&gt;; dotted: gain 1</source>
        <translation>中央を通る断面: &lt;span style=&apos;color: {across_colour}&apos;&gt;横&lt;/span&gt;、&lt;span style=&apos;color: {down_colour}&apos;&gt;縦 (破線)&lt;/span&gt;。点線: ゲイン 1</translation>
    </message>
    <message>
        <source>Frequency response through the middle: gain at each frequency, across (x) and down (y)</source>
        <translation>中央を通る周波数応答: 各周波数のゲイン、横 (x) と縦 (y)</translation>
    </message>
    <message>
        <source>Does:</source>
        <translation>働き:</translation>
    </message>
    <message>
        <source>What the kernel does, in plain words</source>
        <translation>カーネルの働きを平易な言葉で</translation>
    </message>
    <message>
        <source>Sum:</source>
        <translation>合計:</translation>
    </message>
    <message>
        <source>The sum of the weights (after the divisor): its effect on brightness</source>
        <translation>重みの合計 (除数で割った後): 明るさへの影響</translation>
    </message>
    <message>
        <source>Separable:</source>
        <translation>分離可能:</translation>
    </message>
    <message>
        <source>Whether it is a column times a row (rank 1): then it runs as two quick passes</source>
        <translation>列 × 行 (ランク 1) に分解できるか: できれば高速な 2 回のパスで実行される</translation>
    </message>
    <message>
        <source>Symmetry:</source>
        <translation>対称性:</translation>
    </message>
    <message>
        <source>The mirrors and turns that leave the kernel the same</source>
        <translation>カーネルを変えない反転と回転</translation>
    </message>
    <message>
        <source>Zero-sum:</source>
        <translation>総和ゼロ:</translation>
    </message>
    <message>
        <source>A zero-sum kernel turns flat areas black: an edge detector</source>
        <translation>総和ゼロのカーネルは平坦な部分を黒にする: エッジ検出器</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slice {slice}&lt;/b&gt; of a kernel {kind} (choose another beside the kernel table), with the divisor of its output channel:</source>
        <translation>カーネル ({kind}) の&lt;b&gt;スライス {slice}&lt;/b&gt; (カーネル表の横で別のスライスを選べます)。出力チャンネルの除数も示します:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slice {slice}&lt;/b&gt; of a kernel {kind} (choose another beside the kernel table):</source>
        <translation>カーネル ({kind}) の&lt;b&gt;スライス {slice}&lt;/b&gt; (カーネル表の横で別のスライスを選べます):</translation>
    </message>
    <message>
        <source>yes, a {rows}×1 column times a 1×{cols} row</source>
        <translation>はい、{rows}×1 の列 × 1×{cols} の行</translation>
    </message>
    <message>
        <source>no (rank {rank})</source>
        <translation>いいえ (ランク {rank})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>yes: an edge detector</source>
        <translation>はい: エッジ検出器</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Working</source>
        <extracomment>What the progress bar calls this kind of work.</extracomment>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Filtering</source>
        <extracomment>Whether a newer job of the same kind makes this one stale. One that does not supersede is always answered: its result, or why there is none. Whether Esc stops it. The photo or recipe being opened is still wanted. The failure reported when Esc stopped it (&apos;&apos; when a stopped job just goes quiet).</extracomment>
        <translation>フィルター処理</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>書き出しを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Loading recipe</source>
        <translation>レシピの読み込み</translation>
    </message>
    <message>
        <source>Importing kernel</source>
        <translation>カーネルの読み込み</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特徴マップ</translation>
    </message>
    <message>
        <source>Opening the after image</source>
        <extracomment>The training view shows the current kernel&apos;s result on the photo shrunk to this many pixels on its longer side, so that each batch is drawn in milliseconds. The residual is shown shrunk to this many pixels on its longer side. The residual&apos;s colours reach full strength at this share of its values (the largest few, often a handful of clipped pixels, would leave the rest pale)... ...and at this many 8-bit levels at least, so that an exact fit stays white.</extracomment>
        <translation>処理後の画像を開いています</translation>
    </message>
    <message>
        <source>Learning the kernel</source>
        <translation>カーネルを学習しています</translation>
    </message>
    <message>
        <source>Getting ready to train</source>
        <translation>訓練の準備中</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
</context>
<context>
    <name>KernelDock</name>
    <message>
        <source>Other…</source>
        <extracomment>The sizes offered: odd squares, even squares, rows, columns and rectangles; any other size is one &quot;Other…&quot; away.</extracomment>
        <translation>その他…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>By the sum of weights</source>
        <translation>重みの合計で</translation>
    </message>
    <message>
        <source>As GIMP does</source>
        <translation>GIMP と同じ</translation>
    </message>
    <message>
        <source>Colour (alpha kept)</source>
        <translation>カラー (アルファは保持)</translation>
    </message>
    <message>
        <source>All, with alpha</source>
        <translation>すべて (アルファを含む)</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>アルファ</translation>
    </message>
    <message>
        <source>Kernel</source>
        <extracomment>The offset that makes a zero-sum kernel&apos;s flat areas mid-grey, and white.</extracomment>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>The selected step: its kernel, preset parameters and options</source>
        <translation>選択したステップ: カーネル、プリセットのパラメーター、オプション</translation>
    </message>
    <message>
        <source>My presets</source>
        <translation>マイプリセット</translation>
    </message>
    <message>
        <source>No step yet: click a preset to start, or type a kernel with Edit as text (Ctrl+Shift+E).</source>
        <translation>ステップがまだありません: プリセットをクリックして始めるか、テキストとして編集 (Ctrl+Shift+E) でカーネルを入力してください。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Preset families: blur, sharpen, edges, effects</source>
        <translation>プリセットの分類: ぼかし、シャープ、エッジ、効果</translation>
    </message>
    <message>
        <source>Kernel size: growing pads with zeros, shrinking crops the rim (every slice)</source>
        <translation>カーネルサイズ: 大きくすると 0 で埋め、小さくすると外周を切り取る (すべてのスライス)</translation>
    </message>
    <message>
        <source>Kernel: one shared by the colour channels, one per channel, or across channels (each output channel sums a grid over every input channel)</source>
        <translation>カーネル: カラーチャンネル共通で 1 つ、チャンネルごとに 1 つ、またはチャンネル間 (各出力チャンネルがすべての入力チャンネルのグリッドを合計する)</translation>
    </message>
    <message>
        <source>Slice: the channel whose grid the table shows and edits (across channels: output ← input)</source>
        <translation>スライス: 表に表示・編集するグリッドのチャンネル (チャンネル間: 出力 ← 入力)</translation>
    </message>
    <message>
        <source>Kernel weights: type numbers or fractions such as 1/16; Ctrl+wheel zooms</source>
        <translation>カーネルの重み: 数値または 1/16 のような分数を入力。Ctrl+ホイールで拡大縮小</translation>
    </message>
    <message>
        <source>Sum: the sum of the weights</source>
        <translation>合計: 重みの合計</translation>
    </message>
    <message>
        <source>{title}: {doc} Source: {source}. Click: the selected step becomes {title}. Shift+click: add it as a new step.</source>
        <translation>{title}: {doc}出典: {source}。クリック: 選択したステップを {title} にする。Shift+クリック: 新しいステップとして追加する。</translation>
    </message>
    <message>
        <source>{name}: your preset (right-click to delete). Click: the selected step becomes {name}. Shift+click: add it as a new step.</source>
        <translation>{name}: マイプリセット (右クリックで削除)。クリック: 選択したステップを {name} にする。Shift+クリック: 新しいステップとして追加する。</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>「{name}」を削除</translation>
    </message>
    <message>
        <source>Edges: why an edge detector&apos;s result looks as it does</source>
        <translation>エッジ: エッジ検出器の結果がこう見える理由</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>絶対値</translation>
    </message>
    <message>
        <source>Absolute value: show edges of both directions as bright lines</source>
        <translation>絶対値: どちら向きのエッジも明るい線で表示する</translation>
    </message>
    <message>
        <source>Set absolute value</source>
        <translation>絶対値をオン</translation>
    </message>
    <message>
        <source>Clear absolute value</source>
        <translation>絶対値をオフ</translation>
    </message>
    <message>
        <source>Offset {offset}</source>
        <translation>オフセット {offset}</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas mid-grey, edges lighter or darker (emboss-like)</source>
        <translation>オフセット {offset}: 平坦な部分は中間のグレー、エッジは明るくまたは暗く (エンボス風)</translation>
    </message>
    <message>
        <source>Set offset</source>
        <translation>オフセットを設定</translation>
    </message>
    <message>
        <source>Step options</source>
        <translation>ステップのオプション</translation>
    </message>
    <message>
        <source>Divisor: sums are divided by it (not 0)</source>
        <translation>除数: 合計をこの値で割る (0 以外)</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>除数</translation>
    </message>
    <message>
        <source>Offset: added after dividing, in 8-bit levels (128 = grey)</source>
        <translation>オフセット: 割った後に加える値、8 ビットのレベル単位 (128 = グレー)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>オフセット</translation>
    </message>
    <message>
        <source>Normalize: divide by the sum of weights; GIMP&apos;s rule also adds half of white to zero-sum kernels and white to negative ones, in place of divisor and offset</source>
        <translation>正規化: 重みの合計で割る。GIMP 方式では、除数とオフセットの代わりに、総和ゼロのカーネルには白の半分を、合計が負のカーネルには白を加える</translation>
    </message>
    <message>
        <source>Set normalize</source>
        <translation>正規化を設定</translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Absolute value: keep negative responses (edge detectors)</source>
        <translation>絶対値: 負の応答を残す (エッジ検出器向け)</translation>
    </message>
    <message>
        <source>Flip (true convolution)</source>
        <translation>反転 (真の畳み込み)</translation>
    </message>
    <message>
        <source>Flip: rotate the kernel 180 degrees</source>
        <translation>反転: カーネルを 180 度回転する</translation>
    </message>
    <message>
        <source>Set flip</source>
        <translation>反転をオン</translation>
    </message>
    <message>
        <source>Clear flip</source>
        <translation>反転をオフ</translation>
    </message>
    <message>
        <source>Linear light</source>
        <translation>リニア光</translation>
    </message>
    <message>
        <source>Linear light: filter light rather than sRGB values, as GIMP does; blurs keep highlights bright</source>
        <translation>リニア光: GIMP と同様に sRGB 値ではなく光の量でフィルター処理する。ぼかしてもハイライトが明るいまま残る</translation>
    </message>
    <message>
        <source>Set linear light</source>
        <translation>リニア光をオン</translation>
    </message>
    <message>
        <source>Clear linear light</source>
        <translation>リニア光をオフ</translation>
    </message>
    <message>
        <source>Alpha weighting</source>
        <translation>アルファ重み付け</translation>
    </message>
    <message>
        <source>Alpha weighting: colour under transparent pixels does not bleed into visible ones, as in ImageMagick (photos with alpha only)</source>
        <translation>アルファ重み付け: ImageMagick と同様に、透明なピクセルの下の色が見えるピクセルににじまない (アルファのある写真のみ)</translation>
    </message>
    <message>
        <source>Set alpha weighting</source>
        <translation>アルファ重み付けをオン</translation>
    </message>
    <message>
        <source>Clear alpha weighting</source>
        <translation>アルファ重み付けをオフ</translation>
    </message>
    <message>
        <source>Border: how pixels beyond the edge are made up</source>
        <translation>境界: 画像の外側のピクセルをどう作るか</translation>
    </message>
    <message>
        <source>Set border</source>
        <translation>境界を設定</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>境界</translation>
    </message>
    <message>
        <source>Fill: the level used beyond the edge with border constant</source>
        <translation>塗り値: 境界 constant のとき画像の外側に使うレベル</translation>
    </message>
    <message>
        <source>Set fill</source>
        <translation>塗り値を設定</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>塗り値</translation>
    </message>
    <message>
        <source>Channels: which channels the step filters</source>
        <translation>チャンネル: ステップが処理するチャンネル</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <source>Opacity: how much of the filtered result replaces the step&apos;s input</source>
        <translation>不透明度: フィルター結果がステップの入力をどれだけ置き換えるか</translation>
    </message>
    <message>
        <source>Set opacity</source>
        <translation>不透明度を設定</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Iterations: apply the step this many times</source>
        <translation>反復回数: ステップを適用する回数</translation>
    </message>
    <message>
        <source>Set iterations</source>
        <translation>反復回数を設定</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>反復回数</translation>
    </message>
    <message>
        <source>Anchor: the kernel cell over the pixel being made; Ctrl+click a cell to move it</source>
        <translation>アンカー: 生成するピクセルの上に置くカーネルのセル。Ctrl+クリックでセルを移動</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>Centre: put the anchor back on the centre cell</source>
        <translation>中央: アンカーを中央のセルに戻す</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>アンカー</translation>
    </message>
    <message>
        <source>Anchor at the centre</source>
        <translation>アンカーを中央に</translation>
    </message>
    <message>
        <source>Anchor at row {row}, column {col}</source>
        <translation>アンカーを {row} 行 {col} 列に</translation>
    </message>
    <message>
        <source>The divisor cannot be 0</source>
        <translation>除数は 0 にできません</translation>
    </message>
    <message>
        <source>Set divisor</source>
        <translation>除数を設定</translation>
    </message>
    <message>
        <source>Set offset of {channel}</source>
        <translation>{channel} のオフセットを設定</translation>
    </message>
    <message>
        <source>Cannot make the kernel {kind}: {error}</source>
        <translation>カーネルを{kind}にできません: {error}</translation>
    </message>
    <message>
        <source>Make the kernel {kind}</source>
        <translation>カーネルを{kind}にする</translation>
    </message>
    <message>
        <source>Set channels</source>
        <translation>チャンネルを設定</translation>
    </message>
    <message>
        <source>Resize kernel to {rows}×{cols}</source>
        <translation>カーネルのサイズを {rows}×{cols} に変更</translation>
    </message>
    <message>
        <source>Set {parameter}</source>
        <translation>{parameter} を設定</translation>
    </message>
    <message>
        <source>Sum (slice {slice}) {sum}</source>
        <translation>合計 (スライス {slice}) {sum}</translation>
    </message>
    <message>
        <source>Sum {sum}</source>
        <translation>合計 {sum}</translation>
    </message>
    <message>
        <source>Centre (row {row}, column {col})</source>
        <translation>中央 ({row} 行 {col} 列)</translation>
    </message>
    <message>
        <source>Row {row}, column {col}</source>
        <translation>{row} 行 {col} 列</translation>
    </message>
    <message>
        <source>Absolute value and offset {offset}: flat areas white, every edge lighter.</source>
        <translation>絶対値とオフセット {offset}: 平坦な部分は白、すべてのエッジが明るくなります。</translation>
    </message>
    <message>
        <source>Absolute value and offset {offset}: flat areas grey, every edge lighter.</source>
        <translation>絶対値とオフセット {offset}: 平坦な部分はグレー、すべてのエッジが明るくなります。</translation>
    </message>
    <message>
        <source>Absolute value is on: edges show bright whichever way the brightness changes; flat areas stay black.</source>
        <translation>絶対値がオン: 明るさがどちら向きに変わってもエッジが明るく表示され、平坦な部分は黒のままです。</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas are white, edges darker.</source>
        <translation>オフセット {offset}: 平坦な部分は白、エッジは暗くなります。</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas are grey, edges lighter or darker.</source>
        <translation>オフセット {offset}: 平坦な部分はグレー、エッジは明るくまたは暗くなります。</translation>
    </message>
    <message>
        <source>Flat areas add up to 0, so they turn black and only edges show (and only those brightening one way). Show them:</source>
        <translation>平坦な部分の合計が 0 になるので黒くなり、エッジだけが (しかも一方向に明るくなるものだけが) 見えます。表示するには:</translation>
    </message>
    <message>
        <source>{preset} parameters</source>
        <translation>{preset} のパラメーター</translation>
    </message>
</context>
<context>
    <name>KernelSlices</name>
    <message>
        <source>Grid: which channel&apos;s kernel the heat map shows (across channels: which input channel, into which output)</source>
        <extracomment>Weights below this share of the largest are shown as 0.</extracomment>
        <translation>グリッド: ヒートマップに表示するチャンネルのカーネル (チャンネル間: どの入力チャンネルからどの出力へ)</translation>
    </message>
</context>
<context>
    <name>KernelTable</name>
    <message>
        <source>A number such as 2, -0.5 or a fraction such as 1/16</source>
        <extracomment>Rows shown before the grid scrolls (a 9×9 kernel fits whole). Ctrl+wheel steps through these text sizes, relative to the application&apos;s.</extracomment>
        <translation>2、-0.5 のような数値、または 1/16 のような分数</translation>
    </message>
    <message>
        <source>Problem: why the last edit of a cell was refused</source>
        <extracomment>An edit was refused: why, for the status bar (the cell shows it too). Ctrl+click or the context menu chose the anchor: a (row, col) cell, or None for the centre. The cell whose edit is being handed to the model, while it is.</extracomment>
        <translation>問題: 直前のセル編集が拒否された理由</translation>
    </message>
    <message>
        <source>Anchor here (row {row}, column {col})</source>
        <translation>ここをアンカーに ({row} 行 {col} 列)</translation>
    </message>
    <message>
        <source>Anchor at the centre</source>
        <translation>アンカーを中央に</translation>
    </message>
</context>
<context>
    <name>KernelTableModel</name>
    <message>
        <source>Row {row}, column {col}: {value}</source>
        <translation>{row} 行 {col} 列: {value}</translation>
    </message>
    <message>
        <source>Edit kernel cell</source>
        <translation>カーネルのセルを編集</translation>
    </message>
</context>
<context>
    <name>KernelTextDialog</name>
    <message>
        <source>Edit kernel as text</source>
        <translation>カーネルをテキストとして編集</translation>
    </message>
    <message>
        <source>One row per line (or rows separated by ;), values separated by spaces or commas; fractions such as 1/16 are fine. ImageMagick&apos;s 3x3: … (+X+Y: the anchor&apos;s column and row) and G&apos;MIC&apos;s (…;…) too. A kernel per channel is a grid per channel with | between them; across channels, || between output channels, each a grid per input.</source>
        <translation>1 行に 1 つの行 (または ; で区切った行)、値は空白かカンマで区切ります。1/16 のような分数も使えます。ImageMagick の 3x3: … (+X+Y はアンカーの列と行) や G&apos;MIC の (…;…) も使えます。チャンネルごとのカーネルはチャンネルごとのグリッドを | で区切り、チャンネル間のカーネルは出力チャンネルごとに || で区切って、それぞれに入力ごとのグリッドを書きます。</translation>
    </message>
    <message>
        <source>Kernel text: the weights, one row a line</source>
        <translation>カーネルテキスト: 重みを 1 行ずつ</translation>
    </message>
    <message>
        <source>Problem: what is wrong with the text</source>
        <translation>問題: テキストの誤り</translation>
    </message>
</context>
<context>
    <name>KernelTools</name>
    <message>
        <source>⟲ 90°</source>
        <extracomment>name: (button text, tooltip, undo text, error title, shortcut, what it does to the weights); the texts are marked here and translated as the actions are made.</extracomment>
        <translation>⟲ 90°</translation>
    </message>
    <message>
        <source>Rotate left: turn the kernel 90° counter-clockwise</source>
        <translation>左に回転: カーネルを反時計回りに 90° 回す</translation>
    </message>
    <message>
        <source>Rotate kernel left</source>
        <translation>カーネルを左に回転</translation>
    </message>
    <message>
        <source>Cannot rotate kernel left</source>
        <translation>カーネルを左に回転できません</translation>
    </message>
    <message>
        <source>⟳ 90°</source>
        <translation>⟳ 90°</translation>
    </message>
    <message>
        <source>Rotate right: turn the kernel 90° clockwise</source>
        <translation>右に回転: カーネルを時計回りに 90° 回す</translation>
    </message>
    <message>
        <source>Rotate kernel right</source>
        <translation>カーネルを右に回転</translation>
    </message>
    <message>
        <source>Cannot rotate kernel right</source>
        <translation>カーネルを右に回転できません</translation>
    </message>
    <message>
        <source>⇆ Flip</source>
        <translation>⇆ 反転</translation>
    </message>
    <message>
        <source>Flip horizontally: mirror the kernel left to right</source>
        <translation>左右反転: カーネルを左右に鏡映する</translation>
    </message>
    <message>
        <source>Flip kernel left to right</source>
        <translation>カーネルを左右反転</translation>
    </message>
    <message>
        <source>Cannot flip kernel left to right</source>
        <translation>カーネルを左右反転できません</translation>
    </message>
    <message>
        <source>⇅ Flip</source>
        <translation>⇅ 反転</translation>
    </message>
    <message>
        <source>Flip vertically: mirror the kernel top to bottom</source>
        <translation>上下反転: カーネルを上下に鏡映する</translation>
    </message>
    <message>
        <source>Flip kernel top to bottom</source>
        <translation>カーネルを上下反転</translation>
    </message>
    <message>
        <source>Cannot flip kernel top to bottom</source>
        <translation>カーネルを上下反転できません</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>転置</translation>
    </message>
    <message>
        <source>Transpose: swap rows and columns (mirror along the diagonal)</source>
        <translation>転置: 行と列を入れ替える (対角線で鏡映)</translation>
    </message>
    <message>
        <source>Transpose kernel</source>
        <translation>カーネルを転置</translation>
    </message>
    <message>
        <source>Cannot transpose kernel</source>
        <translation>カーネルを転置できません</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>符号反転</translation>
    </message>
    <message>
        <source>Negate: change the sign of every weight</source>
        <translation>符号反転: すべての重みの符号を変える</translation>
    </message>
    <message>
        <source>Negate kernel</source>
        <translation>カーネルの符号を反転</translation>
    </message>
    <message>
        <source>Cannot negate kernel</source>
        <translation>カーネルの符号を反転できません</translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Normalize: make the weights sum to 1 (for a zero-sum kernel, the positive weights)</source>
        <translation>正規化: 重みの合計を 1 にする (総和ゼロのカーネルでは正の重みの合計)</translation>
    </message>
    <message>
        <source>Normalize kernel</source>
        <translation>カーネルを正規化</translation>
    </message>
    <message>
        <source>Cannot normalize kernel</source>
        <translation>カーネルを正規化できません</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy kernel: as text, the way the command line and Paste read it</source>
        <translation>カーネルをコピー: コマンドラインと貼り付けが読めるテキストとして</translation>
    </message>
    <message>
        <source>Copy NumPy</source>
        <translation>NumPy でコピー</translation>
    </message>
    <message>
        <source>Copy as NumPy: an np.array(...) expression</source>
        <translation>NumPy としてコピー: np.array(...) 式</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Paste kernel: from text such as &apos;0 -1 0; -1 5 -1; 0 -1 0&apos; or an np.array(...)</source>
        <translation>カーネルを貼り付け: &apos;0 -1 0; -1 5 -1; 0 -1 0&apos; のようなテキスト、または np.array(...) から</translation>
    </message>
    <message>
        <source>Edit as text…</source>
        <translation>テキストとして編集…</translation>
    </message>
    <message>
        <source>Edit as text: every weight at once, as the command line&apos;s kernel text (any size)</source>
        <translation>テキストとして編集: すべての重みを一度に、コマンドラインのカーネルテキストで (任意のサイズ)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <source>Save as preset: keep this kernel among My presets</source>
        <translation>プリセットとして保存: このカーネルをマイプリセットに残す</translation>
    </message>
    <message>
        <source>an output channel&apos;s grids sum together, so no one grid is made to sum to 1; set Step options ▸ Normalize, which divides each output channel by the sum of its grids</source>
        <translation>出力チャンネルのグリッドは合算されるため、個々のグリッドの合計を 1 にはしません。ステップのオプション ▸ 正規化 を設定すると、各出力チャンネルをそのグリッドの合計で割ります</translation>
    </message>
    <message>
        <source>Add {size} kernel</source>
        <translation>{size} カーネルを追加</translation>
    </message>
    <message>
        <source>Edit {size} kernel as text</source>
        <translation>{size} カーネルをテキストとして編集</translation>
    </message>
    <message>
        <source>Cannot use the kernel</source>
        <translation>カーネルを使えません</translation>
    </message>
    <message>
        <source>Copied the kernel as text</source>
        <translation>カーネルをテキストとしてコピーしました</translation>
    </message>
    <message>
        <source>Cannot copy as NumPy</source>
        <translation>NumPy としてコピーできません</translation>
    </message>
    <message>
        <source>Copy as NumPy writes one grid, and this kernel is {kind}, with {count} grids. Copy (as text) holds them all, and Paste and the command line read it back.</source>
        <translation>NumPy としてコピーはグリッドを 1 つだけ書き出しますが、このカーネルは{kind}で、グリッドが {count} 個あります。コピー (テキスト) ならすべてを保持し、貼り付けとコマンドラインで読み戻せます。</translation>
    </message>
    <message>
        <source>Copied the kernel as a NumPy expression</source>
        <translation>カーネルを NumPy の式としてコピーしました</translation>
    </message>
    <message>
        <source>Cannot paste a kernel</source>
        <translation>カーネルを貼り付けられません</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <source>The clipboard holds “{text}”, which is not a kernel: {error}</source>
        <translation>クリップボードの内容「{text}」はカーネルではありません: {error}</translation>
    </message>
    <message>
        <source>Paste {size} kernel</source>
        <translation>{size} カーネルを貼り付け</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>新しいプリセットの名前:</translation>
    </message>
    <message>
        <source>Replace the preset?</source>
        <translation>プリセットを置き換えますか？</translation>
    </message>
    <message>
        <source>There is already a preset called “{name}”. Replace it?</source>
        <translation>「{name}」という名前のプリセットがすでにあります。置き換えますか？</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>プリセットを保存できません</translation>
    </message>
    <message>
        <source>Saved slice {slice} of the kernel (a preset is one grid) as the preset “{name}”</source>
        <translation>カーネルのスライス {slice} をプリセット「{name}」として保存しました (プリセットはグリッド 1 つです)</translation>
    </message>
    <message>
        <source>Saved the kernel as the preset “{name}”</source>
        <translation>カーネルをプリセット「{name}」として保存しました</translation>
    </message>
    <message>
        <source>My {title}</source>
        <translation>マイ {title}</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>{title} を追加</translation>
    </message>
    <message>
        <source>Added {title} as step {number} of {count}</source>
        <translation>{title} をステップ {number}/{count} として追加しました</translation>
    </message>
    <message>
        <source>Preset {title}</source>
        <translation>プリセット {title}</translation>
    </message>
    <message>
        <source> Its offsets per channel differed, so the offset is now 0 (Undo brings them back).</source>
        <translation>チャンネルごとのオフセットが異なっていたため、オフセットは 0 になりました (元に戻すで復元できます)。</translation>
    </message>
    <message>
        <source>Step {number} is now {title} (it was {was}); Shift+click a preset to add a step instead.</source>
        <translation>ステップ {number} は {title} になりました (以前は {was})。ステップを追加するにはプリセットを Shift+クリックします。</translation>
    </message>
    <message>
        <source>Delete the preset?</source>
        <translation>プリセットを削除しますか？</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? Steps that use its kernel keep it.</source>
        <translation>プリセット「{name}」を削除しますか？ そのカーネルを使っているステップはカーネルを保持します。</translation>
    </message>
    <message>
        <source>Cannot delete the preset</source>
        <translation>プリセットを削除できません</translation>
    </message>
    <message>
        <source>Deleted the preset “{name}”</source>
        <translation>プリセット「{name}」を削除しました</translation>
    </message>
</context>
<context>
    <name>LearnDialog</name>
    <message>
        <source>shared</source>
        <extracomment>The rows and columns offered: up to the largest square kernel the core learns (a larger one, or one across channels over its limit, is refused by the core, saying why). What each mode is called in the list (the data is the core&apos;s name); the texts are marked here and translated where shown (context &quot;LearnDialog&quot;), as are the next ones.</extracomment>
        <translation>共通</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>チャンネルごと</translation>
    </message>
    <message>
        <source>across channels</source>
        <translation>チャンネル間</translation>
    </message>
    <message>
        <source>Cannot read the after image</source>
        <extracomment>The dialog&apos;s title when a job of each kind fails.</extracomment>
        <translation>処理後の画像を読み込めません</translation>
    </message>
    <message>
        <source>Cannot learn the kernel</source>
        <translation>カーネルを学習できません</translation>
    </message>
    <message>
        <source>Cannot train the kernel</source>
        <translation>カーネルを訓練できません</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>訓練を停止しました</translation>
    </message>
    <message>
        <source>Learned from {file}</source>
        <extracomment>The name of a step added from the dialog, by how its kernel was found.</extracomment>
        <translation>{file} から学習</translation>
    </message>
    <message>
        <source>Trained from {file}</source>
        <translation>{file} から訓練</translation>
    </message>
    <message>
        <source>Learn from example</source>
        <translation>例から学習</translation>
    </message>
    <message>
        <source>Learn or train: least squares at once, or step by step</source>
        <translation>学習または訓練: 最小二乗法で一度に、または一歩ずつ</translation>
    </message>
    <message>
        <source>&amp;Learn from example</source>
        <translation>例から学習(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Train like a CNN</source>
        <translation>CNN のように訓練(&amp;T)</translation>
    </message>
    <message>
        <source>Example: before and after</source>
        <translation>例: 処理前と処理後</translation>
    </message>
    <message>
        <source>Before: the open photo, or the selected step&apos;s input</source>
        <translation>処理前: 開いている写真、または選択したステップの入力</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>処理前:</translation>
    </message>
    <message>
        <source>After: the image the kernel should make from before</source>
        <translation>処理後: カーネルが処理前から作るべき画像</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the after image (or drop it on this window)</source>
        <translation>処理後の画像を選ぶ (またはこのウィンドウにドロップ)</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>処理後:</translation>
    </message>
    <message>
        <source>Mode: one kernel for every colour channel (shared), one for each (per channel), or every channel from every channel (across channels, as a CNN layer)</source>
        <translation>モード: すべてのカラーチャンネルに 1 つのカーネル (共通)、チャンネルごとに 1 つ (チャンネルごと)、またはすべてのチャンネルからすべてのチャンネルへ (チャンネル間、CNN の層と同じ)</translation>
    </message>
    <message>
        <source>Border: how the after image was made at the edges</source>
        <translation>境界: 処理後の画像が端でどう作られたか</translation>
    </message>
    <message>
        <source>O&amp;ffset</source>
        <translation>オフセット(&amp;F)</translation>
    </message>
    <message>
        <source>Offset: also learn a constant added after the kernel (a network&apos;s bias)</source>
        <translation>オフセット: カーネルの後に加える定数も学習する (ネットワークのバイアス)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Border:</source>
        <translation>境界:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>カーネル:</translation>
    </message>
    <message>
        <source>L&amp;earn</source>
        <translation>学習(&amp;E)</translation>
    </message>
    <message>
        <source>Learn: find the kernel turning before into after (Esc stops it)</source>
        <translation>学習: 処理前を処理後に変えるカーネルを求める (Esc で停止)</translation>
    </message>
    <message>
        <source>Progress of the learning</source>
        <translation>学習の進み具合</translation>
    </message>
    <message>
        <source>What Learn did</source>
        <translation>学習の結果</translation>
    </message>
    <message>
        <source>Learned kernel:</source>
        <translation>学習したカーネル:</translation>
    </message>
    <message>
        <source>What the residual&apos;s colours mean</source>
        <translation>残差の色の意味</translation>
    </message>
    <message>
        <source>Residual: after minus the fit; white where the kernel explains after</source>
        <translation>残差: 処理後 − 当てはめ結果。カーネルで説明できる所は白</translation>
    </message>
    <message>
        <source>Fit: PSNR, RMSE and R² of the learned step</source>
        <translation>適合度: 学習したステップの PSNR、RMSE、R²</translation>
    </message>
    <message>
        <source>Verdict: whether the kernel can be trusted</source>
        <translation>判定: カーネルを信頼できるか</translation>
    </message>
    <message>
        <source>Offset: the constant learned</source>
        <translation>オフセット: 学習した定数</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>適合度:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定:</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>オフセット:</translation>
    </message>
    <message>
        <source>&amp;Add to stack</source>
        <translation>スタックに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add to stack: the learned kernel as a new step where its input is the before image (one undoable edit)</source>
        <translation>スタックに追加: 学習したカーネルを、処理前の画像を入力とする位置に新しいステップとして追加 (1 回で元に戻せる編集)</translation>
    </message>
    <message>
        <source>No photo is open: open one with File ▸ Open first.</source>
        <translation>写真が開かれていません: 先に ファイル ▸ 開く で写真を開いてください。</translation>
    </message>
    <message>
        <source>{width}×{height} pixels</source>
        <translation>{width}×{height} ピクセル</translation>
    </message>
    <message>
        <source>the open photo, {file} ({size})</source>
        <translation>開いている写真 {file} ({size})</translation>
    </message>
    <message>
        <source>the input of step {number}, {title}: what the steps above it make of {file} ({size})</source>
        <translation>ステップ {number} ({title}) の入力: それより上のステップが {file} ({size}) から作るもの</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Choose the after image</source>
        <translation>処理後の画像を選択</translation>
    </message>
    <message>
        <source>The images differ in size</source>
        <translation>画像のサイズが違います</translation>
    </message>
    <message>
        <source>{file} is {width}×{height} pixels, but before is {before_width}×{before_height}. The after image must be made from before, at its size.</source>
        <translation>{file} は {width}×{height} ピクセルですが、処理前は {before_width}×{before_height} です。処理後の画像は処理前から同じサイズで作ったものでなければなりません。</translation>
    </message>
    <message>
        <source>Not chosen yet: Choose…, or drop an image file here.</source>
        <translation>未選択: 選択… を押すか、画像ファイルをここにドロップしてください。</translation>
    </message>
    <message>
        <source>{file} ({width}×{height} pixels)</source>
        <translation>{file} ({width}×{height} ピクセル)</translation>
    </message>
    <message>
        <source>No photo is open</source>
        <translation>写真が開かれていません</translation>
    </message>
    <message>
        <source>Open a photo first (File ▸ Open): the kernel is learned from it and an image made from it.</source>
        <translation>先に写真を開いてください (ファイル ▸ 開く)。カーネルはその写真と、それから作った画像から学習します。</translation>
    </message>
    <message>
        <source>No after image</source>
        <translation>処理後の画像がありません</translation>
    </message>
    <message>
        <source>Choose the after image first (Choose…, or drop the file on this window).</source>
        <translation>先に処理後の画像を選んでください (選択… を押すか、このウィンドウにファイルをドロップ)。</translation>
    </message>
    <message>
        <source>Learning… (Esc stops it)</source>
        <translation>学習中… (Esc で停止)</translation>
    </message>
    <message>
        <source>Stopped; nothing was learned.</source>
        <translation>停止しました。何も学習していません。</translation>
    </message>
    <message>
        <source>Learned a {rows}×{cols} kernel ({mode}).</source>
        <translation>{rows}×{cols} のカーネルを学習しました ({mode})。</translation>
    </message>
    <message>
        <source>Nothing was learned.</source>
        <translation>何も学習していません。</translation>
    </message>
    <message>
        <source>Residual: after minus the fit, once learned.</source>
        <translation>残差: 処理後 − 当てはめ結果 (学習後に表示)。</translation>
    </message>
    <message>
        <source>Residual, after minus the fit: white 0, red where after is brighter, blue darker, full colour at ±{limit} levels.</source>
        <translation>残差 (処理後 − 当てはめ結果): 白は 0、赤は処理後が明るい所、青は暗い所。±{limit} レベルで最も濃い色。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not to be trusted&lt;/b&gt;: {warning}.</source>
        <translation>&lt;b&gt;信頼できません&lt;/b&gt;: {warning}。</translation>
    </message>
    <message>
        <source>A kernel explains the change: the step makes the after image again.</source>
        <translation>カーネルで変化を説明できます: このステップで処理後の画像を再現できます。</translation>
    </message>
    <message>
        <source>{offsets} levels</source>
        <translation>{offsets} レベル</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} を追加</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Some presets were left out</source>
        <translation>一部のプリセットを除外しました</translation>
    </message>
    <message>
        <source>Some saved presets could not be read: {problems}</source>
        <translation>保存済みのプリセットの一部を読み込めませんでした: {problems}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Cancelled: the result shown is out of date until the next edit</source>
        <translation>中止しました: 次に編集するまで表示中の結果は古いままです</translation>
    </message>
    <message>
        <source>About kernelstudio</source>
        <translation>kernelstudio について</translation>
    </message>
    <message>
        <source>kernelstudio {version}
An image editor built around convolution kernels.</source>
        <translation>kernelstudio {version}
畳み込みカーネルを中心にした画像エディター。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Unexpected error: {error}

kernelstudio keeps running; the details are in {log}.</source>
        <translation>予期しないエラー: {error}

kernelstudio は動作を続けます。詳細は {log} にあります。</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>the value</source>
        <extracomment>Room for a prefix and suffix beyond the longest number text. Typed text was refused: why, for the status bar.</extracomment>
        <translation>値</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {number}</source>
        <translation>{what} は整数でなければなりません (入力値: {number})</translation>
    </message>
    <message>
        <source>{what} must be between {minimum} and {maximum}, got {number}</source>
        <translation>{what} は {minimum} 〜 {maximum} でなければなりません (入力値: {number})</translation>
    </message>
    <message>
        <source>flat areas go to {offset} (the offset): responds to edges only</source>
        <extracomment>Weights written exactly up to this many characters; longer ones are shortened.</extracomment>
        <translation>平坦な部分は {offset} (オフセット) になる: エッジにだけ反応する</translation>
    </message>
    <message>
        <source>{total}: {effect}</source>
        <translation>{total}: {effect}</translation>
    </message>
    <message>
        <source>{total} ÷ {divisor}: {effect}</source>
        <translation>{total} ÷ {divisor}: {effect}</translation>
    </message>
    <message>
        <source>{total}; all of {channel}&apos;s grids together {sum}</source>
        <translation>{total}。{channel} のグリッドすべての合計 {sum}</translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <source>{name}: {doc}</source>
        <translation>{name}: {doc}</translation>
    </message>
    <message>
        <source>{name} ({english}): {doc}</source>
        <translation>{name} ({english}): {doc}</translation>
    </message>
</context>
<context>
    <name>PixelInspector</name>
    <message>
        <source>Sum of products, over {inputs} inputs</source>
        <extracomment>Hover requests closer together than this are merged into one. Larger kernels scroll inside their grid.</extracomment>
        <translation>積和 ({inputs} 入力)</translation>
    </message>
    <message>
        <source>Sum of products</source>
        <translation>積和</translation>
    </message>
    <message>
        <source>÷ {divisor}</source>
        <translation>÷ {divisor}</translation>
    </message>
    <message>
        <source>÷ the kernel&apos;s share over visible pixels (alpha weighting)</source>
        <translation>÷ 見えるピクセル上のカーネルの割合 (アルファ重み付け)</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>絶対値</translation>
    </message>
    <message>
        <source>+ offset {offset}</source>
        <translation>+ オフセット {offset}</translation>
    </message>
    <message>
        <source>Mixed {percent} with the input</source>
        <translation>入力と {percent} で混合</translation>
    </message>
    <message>
        <source>Encoded from linear light to sRGB</source>
        <translation>リニア光から sRGB に変換</translation>
    </message>
    <message>
        <source>Rounded and clipped</source>
        <translation>丸めてクリップ</translation>
    </message>
    <message>
        <source>Clipped to 0…1</source>
        <translation>0…1 にクリップ</translation>
    </message>
    <message>
        <source>Pixel inspector</source>
        <extracomment>Emitted when a new inspection is on show (tests wait for it).</extracomment>
        <translation>ピクセルインスペクター</translation>
    </message>
    <message>
        <source>How the selected step makes the pixel under the cursor; click to pin</source>
        <translation>選択したステップがカーソル下のピクセルをどう作るか。クリックで固定</translation>
    </message>
    <message>
        <source>The pixel and step shown</source>
        <translation>表示中のピクセルとステップ</translation>
    </message>
    <message>
        <source>Channel: whose neighbourhood and products to show</source>
        <translation>チャンネル: 近傍と積を表示するチャンネル</translation>
    </message>
    <message>
        <source>Input channel: whose neighbourhood and grid to show (a kernel across channels sums the products of every input)</source>
        <translation>入力チャンネル: 近傍とグリッドを表示するチャンネル (チャンネル間のカーネルはすべての入力の積を合計する)</translation>
    </message>
    <message>
        <source>Follow cursor</source>
        <translation>カーソルに追従</translation>
    </message>
    <message>
        <source>Follow cursor: let go of the pinned pixel</source>
        <translation>カーソルに追従: 固定したピクセルを解除する</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>近傍</translation>
    </message>
    <message>
        <source>Neighbourhood: the input pixels the kernel covers, with the border rule applied beyond the edge</source>
        <translation>近傍: カーネルが覆う入力ピクセル。画像の外側には境界の規則を適用</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Kernel: the weights laid over the neighbourhood</source>
        <translation>カーネル: 近傍に重ねた重み</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>積</translation>
    </message>
    <message>
        <source>Products: each pixel times its weight</source>
        <translation>積: 各ピクセル × その重み</translation>
    </message>
    <message>
        <source>From the sum of products to the output, per channel</source>
        <translation>積和から出力まで (チャンネルごと)</translation>
    </message>
    <message>
        <source>Select a step (or click a preset) to see how its kernel makes each pixel.</source>
        <translation>ステップを選択する (またはプリセットをクリックする) と、そのカーネルが各ピクセルをどう作るか表示します。</translation>
    </message>
    <message>
        <source>Hover over the photo to see how the selected step makes a pixel; click to pin it.</source>
        <translation>写真の上にポインターを置くと、選択したステップがピクセルをどう作るか表示します。クリックで固定します。</translation>
    </message>
    <message>
        <source>pinned; click it again or Follow cursor to let go</source>
        <translation>固定中 (もう一度クリックするか カーソルに追従 で解除)</translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation>クリックで固定</translation>
    </message>
    <message>
        <source>the last of {count} passes</source>
        <translation>{count} 回のうち最後のパス</translation>
    </message>
    <message>
        <source>colour in linear light (the levels of light, not of sRGB)</source>
        <translation>リニア光での色 (sRGB ではなく光の量)</translation>
    </message>
    <message>
        <source>colour weighted by alpha</source>
        <translation>アルファで重み付けした色</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&lt;b&gt;Row {row}, column {col}&lt;/b&gt; through &lt;b&gt;{step}&lt;/b&gt; ({state})</source>
        <translation>&lt;b&gt;{row} 行 {col} 列&lt;/b&gt;、&lt;b&gt;{step}&lt;/b&gt; を通過 ({state})</translation>
    </message>
    <message>
        <source>Neighbourhood of {input}</source>
        <translation>{input} の近傍</translation>
    </message>
    <message>
        <source>Kernel {output} ← {input}</source>
        <translation>カーネル {output} ← {input}</translation>
    </message>
    <message>
        <source>Products into {output}, summed over {inputs} inputs</source>
        <translation>{output} への積 ({inputs} 入力の合計)</translation>
    </message>
    <message>
        <source>Kernel of {channel}</source>
        <translation>{channel} のカーネル</translation>
    </message>
    <message>
        <source>Output of this step</source>
        <translation>このステップの出力</translation>
    </message>
    <message>
        <source>This step is disabled: the stack skips it.</source>
        <translation>このステップは無効です: スタックはこれをスキップします。</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>across</source>
        <extracomment>Dark blue to teal to yellow, for magnitudes from 0 to the largest. Width of the colour legend beside the response, and the gap before it. The legend&apos;s colours, from no gain at the bottom to the largest at the top.</extracomment>
        <translation>横</translation>
    </message>
    <message>
        <source>cycles per pixel</source>
        <translation>サイクル/ピクセル</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Largest photo: larger files are refused unopened, which protects against decompression bombs; raise it only for files you trust</source>
        <translation>最大の写真: これより大きいファイルは開かずに拒否し、展開爆弾 (decompression bomb) を防ぎます。信頼できるファイルの場合にだけ上げてください</translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation> メガピクセル</translation>
    </message>
    <message>
        <source>Largest photo to open</source>
        <translation>開く写真の最大サイズ</translation>
    </message>
    <message>
        <source>Leave out the colour profile and EXIF (camera, date, place)</source>
        <translation>カラープロファイルと EXIF (カメラ、日付、場所) を含めない</translation>
    </message>
    <message>
        <source>Strip metadata: exports carry no profile or EXIF</source>
        <translation>メタデータを削除: 書き出したファイルにプロファイルも EXIF も含めない</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Language: the words of the window and its messages</source>
        <translation>言語: ウィンドウとメッセージの言語</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A new language takes effect the next time kernelstudio starts.</source>
        <translation>新しい言語は kernelstudio の次回起動時に有効になります。</translation>
    </message>
</context>
<context>
    <name>RenderController</name>
    <message>
        <source>Cannot apply the stack</source>
        <extracomment>Edits arriving closer together than this become one render request. The full-resolution result of the current stack is on screen. The first (preview) pixels of a new render are on screen. A render failed: title and message for the user. The pixels of the latest result on screen (None until there is one).</extracomment>
        <translation>スタックを適用できません</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>it {error}</source>
        <extracomment>A session is a recipe with a photo&apos;s path beside it; a larger file is not one. Qt&apos;s lock holds a process id, an application and a host name: a few dozen bytes. New names a window tries for its session before it gives up (locks that never work). What reading a damaged or hostile file can raise, besides `OSError`.</extracomment>
        <translation>ファイルが{error}</translation>
    </message>
    <message>
        <source>This stack is too large to autosave ({size} MB; at most {limit} MB)</source>
        <translation>このスタックは大きすぎて自動保存できません ({size} MB、上限 {limit} MB)</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>シンボリックリンクです</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it is larger than {size} KB</source>
        <translation>{size} KB を超えています</translation>
    </message>
    <message>
        <source>its lock is not a lock file: {reason}</source>
        <translation>ロックがロックファイルではありません: {reason}</translation>
    </message>
    <message>
        <source>cannot make a lock file</source>
        <translation>ロックファイルを作成できません</translation>
    </message>
    <message>
        <source>{name} is not a number a session may hold; use finite numbers</source>
        <translation>{name} はセッションに入れられる数値ではありません。有限の数値を使ってください</translation>
    </message>
    <message>
        <source>the session is nested too deeply to be a session</source>
        <translation>入れ子が深すぎてセッションとして扱えません</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>its photo is not a file&apos;s path</source>
        <translation>写真がファイルのパスではありません</translation>
    </message>
    <message>
        <source>its selected step is not a whole number</source>
        <translation>選択したステップが整数ではありません</translation>
    </message>
    <message>
        <source>it cannot be read: {error}</source>
        <translation>読み込めません: {error}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>入れ子が深すぎます</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 のテキストではありません</translation>
    </message>
</context>
<context>
    <name>SizeDialog</name>
    <message>
        <source>Kernel size</source>
        <translation>カーネルサイズ</translation>
    </message>
    <message>
        <source>Rows: the kernel&apos;s height</source>
        <translation>行数: カーネルの高さ</translation>
    </message>
    <message>
        <source>Columns: the kernel&apos;s width</source>
        <translation>列数: カーネルの幅</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
</context>
<context>
    <name>SliderSpin</name>
    <message>
        <source>{name} slider</source>
        <extracomment>Cells whose text `widest_cell` measures at most: a 64×64 grid in full, larger ones by sample.</extracomment>
        <translation>{name} スライダー</translation>
    </message>
</context>
<context>
    <name>StackDock</name>
    <message>
        <source>No steps yet. Click a preset on the right to start, or Add an identity step.</source>
        <translation>ステップがまだありません。右のプリセットをクリックして始めるか、追加 で恒等ステップを加えてください。</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>スタック</translation>
    </message>
    <message>
        <source>The steps, applied from top to bottom</source>
        <translation>ステップ: 上から下へ順に適用</translation>
    </message>
    <message>
        <source>Steps: tick to enable, drag to reorder, double-click to rename</source>
        <translation>ステップ: チェックで有効化、ドラッグで並べ替え、ダブルクリックで名前を変更</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add: a new identity step after the selected one</source>
        <translation>追加: 選択したステップの後に新しい恒等ステップを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove: delete the selected step</source>
        <translation>削除: 選択したステップを削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move up: apply the selected step earlier</source>
        <translation>上へ移動: 選択したステップを先に適用</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move down: apply the selected step later</source>
        <translation>下へ移動: 選択したステップを後に適用</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>ステップを追加</translation>
    </message>
</context>
<context>
    <name>StackListModel</name>
    <message>
        <source>Enable {title}</source>
        <translation>{title} を有効化</translation>
    </message>
    <message>
        <source>Disable {title}</source>
        <translation>{title} を無効化</translation>
    </message>
    <message>
        <source>Rename {title}</source>
        <translation>{title} の名前を変更</translation>
    </message>
    <message>
        <source>{title}: {size} kernel</source>
        <translation>{title}: {size} カーネル</translation>
    </message>
    <message>
        <source>preset {preset}</source>
        <translation>プリセット {preset}</translation>
    </message>
    <message>
        <source>border {border}, channels {channels}, opacity {opacity}</source>
        <translation>境界 {border}、チャンネル {channels}、不透明度 {opacity}</translation>
    </message>
    <message>
        <source>disabled: skipped when the stack runs</source>
        <translation>無効: スタックの実行時にスキップ</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Pixel: the pixel under the cursor, before and after</source>
        <translation>ピクセル: カーソル下のピクセル (処理前と処理後)</translation>
    </message>
    <message>
        <source>Size: the photo&apos;s width × height in pixels</source>
        <translation>サイズ: 写真の幅 × 高さ (ピクセル)</translation>
    </message>
    <message>
        <source>Zoom: screen pixels per photo pixel</source>
        <translation>ズーム: 写真 1 ピクセルあたりの画面ピクセル数</translation>
    </message>
    <message>
        <source>Progress: work running; press Esc to cancel</source>
        <translation>進行状況: 実行中の処理。Esc で中止</translation>
    </message>
    <message>
        <source>x {x}, y {y}   before {before}</source>
        <translation>x {x}, y {y}   処理前 {before}</translation>
    </message>
    <message>
        <source>   after {after}</source>
        <translation>   処理後 {after}</translation>
    </message>
    <message>
        <source>{title} %p%  (Esc cancels)</source>
        <translation>{title} %p%  (Esc で中止)</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>A network is not told its kernels: it starts from random weights and nudges them, again and again, down the slope of its error. Here the same happens to one kernel, on your photo.</source>
        <extracomment>Updates in a batch, for each position of the speed slider. The pause between a batch drawn and the next asked for (ms): about 30 frames a second, and the window&apos;s own work (renders, input) gets the worker between batches. The heavy ball&apos;s share of the last update, as networks are usually trained: plain gradient descent crawls along the long valleys of image problems. The plot&apos;s floor: the loss of an exact fit reaches 0, which a log scale cannot show. The training pauses by itself once the weights are this close to the exact ones. A batch was drawn (for tests and the status of the dialog).</extracomment>
        <translation>ネットワークはカーネルを教えてもらえません。ランダムな重みから始め、誤差の坂を下るように何度も少しずつ動かします。ここでは同じことを 1 つのカーネルで、あなたの写真を使って行います。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start: from new random weights</source>
        <translation>開始: 新しいランダムな重みから</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume the training</source>
        <translation>訓練を一時停止または再開</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>1 ステップ(&amp;T)</translation>
    </message>
    <message>
        <source>Step: one batch of updates, then pause</source>
        <translation>1 ステップ: 更新を 1 バッチ行って一時停止</translation>
    </message>
    <message>
        <source>Speed: updates in each batch drawn</source>
        <translation>速度: 描画 1 回あたりの更新回数</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>モーメンタム(&amp;M)</translation>
    </message>
    <message>
        <source>Momentum: each update carries {momentum} of the last one along, as networks are trained; much faster, though the loss may rise for a while</source>
        <translation>モーメンタム: 各更新に直前の更新の {momentum} を持ち越す (ネットワークの訓練と同様)。ずっと速くなるが、損失が一時的に増えることもある</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <source>Loss: the mean squared error after each update</source>
        <translation>損失: 各更新後の平均二乗誤差</translation>
    </message>
    <message>
        <source>loss (levels²)</source>
        <translation>損失 (レベル²)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Kernel now:</source>
        <translation>現在のカーネル:</translation>
    </message>
    <message>
        <source>Result now: the current kernel on the photo (shrunk)</source>
        <translation>現在の結果: 現在のカーネルを写真に適用したもの (縮小)</translation>
    </message>
    <message>
        <source>Loss, falling:</source>
        <translation>損失の推移:</translation>
    </message>
    <message>
        <source>Its result on the photo:</source>
        <translation>写真への適用結果:</translation>
    </message>
    <message>
        <source>Training: the update, the loss and the distance to the exact kernel</source>
        <translation>訓練: 更新回数、損失、正解のカーネルまでの距離</translation>
    </message>
    <message>
        <source>Exact answer: what least squares finds in one go</source>
        <translation>正解: 最小二乗法で一度に求めたもの</translation>
    </message>
    <message>
        <source>&amp;Add to stack</source>
        <translation>スタックに追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add to stack: the kernel as trained so far, as a new step where its input is the before image</source>
        <translation>スタックに追加: ここまで訓練したカーネルを、処理前の画像を入力とする位置に新しいステップとして追加</translation>
    </message>
    <message>
        <source>Adding up the photo&apos;s products of pixels (once)…</source>
        <translation>写真のピクセルの積を集計しています (初回のみ)…</translation>
    </message>
    <message>
        <source>{count} updates a batch</source>
        <translation>1 バッチあたり {count} 回の更新</translation>
    </message>
    <message>
        <source>1 update a batch</source>
        <translation>1 バッチあたり 1 回の更新</translation>
    </message>
    <message>
        <source>Exact answer, found in one go by least squares: {verdict}</source>
        <translation>正解 (最小二乗法で一度に求めたもの): {verdict}</translation>
    </message>
    <message>
        <source>{status}. It has reached the exact kernel, so it pauses.</source>
        <translation>{status}。正解のカーネルに到達したため一時停止します。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未開始。</translation>
    </message>
    <message>
        <source>Update {update}: loss {loss} levels² (mean squared error); distance to the exact kernel {distance} (root mean square of the weights&apos; differences)</source>
        <translation>更新 {update}: 損失 {loss} レベル² (平均二乗誤差)、正解のカーネルまでの距離 {distance} (重みの差の二乗平均平方根)</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>最初から開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Start trains the kernel from random weights, on the before and after above.</source>
        <translation>開始 を押すと、上の処理前と処理後を使ってランダムな重みからカーネルを訓練します。</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <source>the saved presets are not a list; they were left out</source>
        <extracomment>Where the window kept its presets before they moved to the shared store.</extracomment>
        <translation>保存済みのプリセットがリストではないため、除外しました</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Not enough memory for {work}</source>
        <extracomment>Progress is reported at most this often (seconds). Feature maps are made from the photo shrunk to this many pixels on its longer side, about the input size of the classic image CNNs (224 to 256).</extracomment>
        <translation>{work} に必要なメモリが足りません</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {log}.</source>
        <translation>予期しないエラー: {error}。詳細は {log} にあります。</translation>
    </message>
    <message>
        <source>Earlier or this step&apos;s &apos;valid&apos; border leaves this pixel out.</source>
        <translation>前のステップまたはこのステップの境界 &apos;valid&apos; により、このピクセルは除外されます。</translation>
    </message>
    <message>
        <source>Not enough memory to explain this pixel</source>
        <translation>このピクセルを説明するためのメモリが足りません</translation>
    </message>
    <message>
        <source>Not enough memory to open {path}</source>
        <translation>{path} を開くためのメモリが足りません</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>The texts argparse translates that a person can read from our parsers, listed so that pyside6-lupdate puts them in the catalogues (it cannot read argparse&apos;s own source).</extracomment>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s とは同時に使えません</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>明示された引数 %r を無視しました</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が 1 つ必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>引数は 1 つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>引数が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>引数が %s 個必要です</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>引数が %s 個必要です</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション: %(option)s は %(matches)s のどれにも一致し得ます</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>予期しないオプション文字列: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s の値: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択肢: %(value)r (%(choices)s から選んでください)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; を開けません: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>stopped by {signal}</source>
        <extracomment>Messages quote a --preset, --kernel, --kernel-file or --recipe up to this many characters. ``--format`` names: each format&apos;s first extension in `EXTENSIONS` (png, jpg, ...). The largest --max-megapixels: a million megapixels (a terapixel), beyond any file. The signal that stopped the command, once one has.</extracomment>
        <translation>{signal} により停止しました</translation>
    </message>
    <message>
        <source>Apply presets, kernels and recipes, in the order given, to photos.</source>
        <translation>プリセット、カーネル、レシピを指定した順に写真に適用します。</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>例:</translation>
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
        <translation>カーネルテキスト: 行は &apos;;&apos; か改行で、値は空白かカンマで区切ります。
分数 (1/16) も使えます。ImageMagick の &apos;WxH[+X+Y]: values&apos; (X は列、
Y は行でアンカーを表し、nan は重み 0) や G&apos;MIC の &apos;(0,-1,0;-1,5,-1;0,-1,0)&apos; も使えます。
チャンネルごとのカーネルは、チャンネルごとのグリッドを &apos;|&apos; で区切ります。チャンネル間の
カーネルは出力チャンネルを &apos;||&apos; で区切ります (それぞれに入力チャンネルごとのグリッド):
--kernel &apos;1 | 0 | 0 || 0 | 1 | 0 || 0 | 0 | 1&apos; --offset 10,0,-5。
オフセットと cval は 8 ビットのレベル単位です (128 = 中間のグレー)。
ウィンドウで保存したプリセットも、名前で --preset に指定できます。</translation>
    </message>
    <message>
        <source>photo files, or folders whose photos are all processed</source>
        <translation>写真ファイル、またはすべての写真を処理するフォルダー</translation>
    </message>
    <message>
        <source>output file; a folder when there are several inputs</source>
        <translation>出力ファイル。入力が複数のときはフォルダー</translation>
    </message>
    <message>
        <source>steps (at least one; applied in the order given)</source>
        <translation>ステップ (1 つ以上。指定した順に適用)</translation>
    </message>
    <message>
        <source>a preset, built-in or saved in the window; see &apos;{prog} presets&apos;</source>
        <translation>プリセット (組み込み、またはウィンドウで保存したもの)。&apos;{prog} presets&apos; を参照</translation>
    </message>
    <message>
        <source>kernel weights, e.g. &quot;0 -1 0; -1 5 -1; 0 -1 0&quot;</source>
        <translation>カーネルの重み。例: &quot;0 -1 0; -1 5 -1; 0 -1 0&quot;</translation>
    </message>
    <message>
        <source>a Photoshop Custom filter (.acf; its divisor and offset too, unless --divisor or --offset say otherwise) or a file of kernel text</source>
        <translation>Photoshop のカスタムフィルター (.acf。--divisor や --offset で指定しない限り、その除数とオフセットも使う)、またはカーネルテキストのファイル</translation>
    </message>
    <message>
        <source>a recipe saved by the window (its steps keep their own options)</source>
        <translation>ウィンドウで保存したレシピ (ステップはそれぞれのオプションを保持)</translation>
    </message>
    <message>
        <source>options of every --preset, --kernel and --kernel-file step</source>
        <translation>すべての --preset、--kernel、--kernel-file ステップのオプション</translation>
    </message>
    <message>
        <source>files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>write every output in this format (default: each output&apos;s extension; in an output folder, each input&apos;s)</source>
        <translation>すべての出力をこの形式で書き出す (既定: 各出力の拡張子。出力フォルダーの場合は各入力の拡張子)</translation>
    </message>
    <message>
        <source>JPEG, WebP and AVIF quality, 1 to 100 (default {quality}, as in the window)</source>
        <translation>JPEG、WebP、AVIF の品質、1 〜 100 (既定 {quality}、ウィンドウと同じ)</translation>
    </message>
    <message>
        <source>do not copy the colour profile and EXIF to the output</source>
        <translation>カラープロファイルと EXIF を出力にコピーしない</translation>
    </message>
    <message>
        <source>refuse larger inputs (default %(default)g)</source>
        <translation>これより大きい入力を拒否する (既定 %(default)g)</translation>
    </message>
    <message>
        <source>print errors only: no progress, summary or notes</source>
        <translation>エラーのみ表示: 進行状況、集計、注記を出さない</translation>
    </message>
    <message>
        <source>give at least one --preset, --kernel, --kernel-file or --recipe</source>
        <translation>--preset、--kernel、--kernel-file、--recipe のいずれかを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>step options apply to --preset, --kernel and --kernel-file steps; recipes keep their own</source>
        <translation>ステップのオプションは --preset、--kernel、--kernel-file のステップに適用されます。レシピは独自のオプションを保持します</translation>
    </message>
    <message>
        <source>--normalize-gimp sets the divisor and offset itself, as GIMP does; leave out {options}</source>
        <translation>--normalize-gimp は GIMP と同様に除数とオフセットを自ら設定します。{options} を省いてください</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>--anchor {row},{col} replaces the anchor {given_row},{given_col} the kernel gives</source>
        <translation>--anchor {row},{col} はカーネルが指定するアンカー {given_row},{given_col} を置き換えます</translation>
    </message>
    <message>
        <source>cannot list the folder {folder}: {reason}</source>
        <translation>フォルダー {folder} の一覧を取得できません: {reason}</translation>
    </message>
    <message>
        <source>the folder {folder} holds no .png, .jpg, .tif, .bmp, .webp, .avif or .heic files</source>
        <translation>フォルダー {folder} には .png、.jpg、.tif、.bmp、.webp、.avif、.heic のファイルがありません</translation>
    </message>
    <message>
        <source>--format {format} does not match the output {output} ({extension}); name it {name} or leave out --format</source>
        <translation>--format {format} が出力 {output} ({extension}) と一致しません。名前を {name} にするか、--format を省いてください</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>拡張子なし</translation>
    </message>
    <message>
        <source>--format chooses the outputs&apos; format</source>
        <translation>--format は出力の形式を選びます</translation>
    </message>
    <message>
        <source>{first} and {second} would both be written to {target}</source>
        <translation>{first} と {second} がどちらも {target} に書き込まれます</translation>
    </message>
    <message>
        <source>{target} is an input; write the result to another file</source>
        <translation>{target} は入力です。結果は別のファイルに書き込んでください</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>フォルダー {folder} を作成できません: {reason}</translation>
    </message>
    <message>
        <source>not enough memory to filter {file}</source>
        <translation>{file} をフィルター処理するためのメモリが足りません</translation>
    </message>
    <message>
        <source>an input or output name is empty; give a file or folder</source>
        <translation>入力または出力の名前が空です。ファイルかフォルダーを指定してください</translation>
    </message>
    <message>
        <source>--quality must be from 1 to 100, got {quality}</source>
        <translation>--quality は 1 〜 100 でなければなりません (指定値: {quality})</translation>
    </message>
    <message>
        <source>--max-megapixels must be from 0.000001 (one pixel) to {most}, got {value}</source>
        <translation>--max-megapixels は 0.000001 (1 ピクセル) 〜 {most} でなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>--quality changes JPEG, WebP and AVIF outputs only; --format jpg writes JPEGs</source>
        <translation>--quality が効くのは JPEG、WebP、AVIF の出力だけです。JPEG を書き出すには --format jpg を使います</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>注記: {text}</translation>
    </message>
    <message>
        <source>A desktop image editor built around convolution kernels. With no FILE the window opens on the bundled sample photo.</source>
        <translation>畳み込みカーネルを中心にしたデスクトップ画像エディター。FILE を指定しないと、同梱のサンプル写真でウィンドウが開きます。</translation>
    </message>
    <message>
        <source>&apos;{prog} apply --help&apos;, &apos;{prog} presets --help&apos;, &apos;{prog} code --help&apos; and &apos;{prog} learn --help&apos; describe the commands.</source>
        <translation>各コマンドの説明は &apos;{prog} apply --help&apos;、&apos;{prog} presets --help&apos;、&apos;{prog} code --help&apos;、&apos;{prog} learn --help&apos; で表示されます。</translation>
    </message>
    <message>
        <source>a photo to open</source>
        <translation>開く写真</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>プログラムのバージョンを表示して終了する</translation>
    </message>
    <message>
        <source>check this installation: open the sample, render a three-step recipe, export it, and check that the window can open on this machine&apos;s display; exit 0 if all is well</source>
        <translation>このインストールを検査する: サンプルを開き、3 ステップのレシピを描画して書き出し、このマシンのディスプレイでウィンドウを開けるか確認する。問題がなければ終了ステータス 0</translation>
    </message>
    <message>
        <source>the language of the window and of every command&apos;s help and messages: {languages}, or a locale name such as fr_FR (default: the locale&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG); before a command: &apos;{prog} --lang fr apply ...&apos;</source>
        <translation>ウィンドウと各コマンドのヘルプ・メッセージの言語: {languages}、または fr_FR のようなロケール名 (既定: LANGUAGE、LC_ALL、LC_MESSAGES、LANG から得たロケールの言語)。コマンドの前に指定します: &apos;{prog} --lang fr apply ...&apos;</translation>
    </message>
    <message>
        <source>--selftest takes no FILE; it always uses the sample photo</source>
        <translation>--selftest は FILE を取りません。常にサンプル写真を使います</translation>
    </message>
    <message>
        <source>self-test failed: the window cannot load: {error}</source>
        <translation>セルフテスト失敗: ウィンドウを読み込めません: {error}</translation>
    </message>
    <message>
        <source>the window cannot start: {reason}</source>
        <translation>ウィンドウを起動できません: {reason}</translation>
    </message>
    <message>
        <source>the window cannot load: {reason}</source>
        <translation>ウィンドウを読み込めません: {reason}</translation>
    </message>
    <message>
        <source>unknown command {command}; did you mean {close}?</source>
        <translation>不明なコマンド {command}。{close} のことですか？</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断されました</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>メモリが足りません</translation>
    </message>
    <message>
        <source>unexpected error ({error}); please report it</source>
        <translation>予期しないエラー ({error})。報告してください</translation>
    </message>
    <message>
        <source>{file} has no alpha channel, so step {number} (channels {channels}) leaves it as it is</source>
        <translation>{file} にはアルファチャンネルがないため、ステップ {number} (チャンネル {channels}) はそのままにします</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (&apos;{prog} --help&apos; を参照)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <extracomment>An option&apos;s number, read as kernel cells and presets read them (argparse&apos;s type).</extracomment>
        <translation>{value} は整数ではありません</translation>
    </message>
    <message>
        <source>cannot write {what}: {reason}</source>
        <translation>{what} を書き込めません: {reason}</translation>
    </message>
    <message>
        <source>--lang &apos;{value}&apos; is not a language kernelstudio speaks; choose one of {names}</source>
        <translation>--lang &apos;{value}&apos; は kernelstudio が対応する言語ではありません。{names} のいずれかを選んでください</translation>
    </message>
    <message>
        <source>a size is a whole number such as 5, or rows x columns such as 3x7, not {text}</source>
        <translation>サイズは 5 のような整数、または 3x7 のような 行数 x 列数 で指定します ({text} は無効)</translation>
    </message>
    <message>
        <source>Find the kernel that best turns BEFORE into AFTER (least squares) and
save it as a recipe that &apos;{prog} apply --recipe&apos; uses on other photos.
The fit (PSNR, RMSE, R²), and a warning when AFTER does not look made
by a kernel, are printed on stderr.</source>
        <translation>BEFORE を AFTER に最もよく変えるカーネルを (最小二乗法で) 求め、
&apos;{prog} apply --recipe&apos; でほかの写真に使えるレシピとして保存します。
適合度 (PSNR、RMSE、R²) と、AFTER がカーネルで作られたように見えない
ときの警告は stderr に出力されます。</translation>
    </message>
    <message>
        <source>Exit status: 0 when the recipe was written (a poor fit too, with a warning),
2 for a bad command line, 1 for photos that cannot be read or do not match.</source>
        <translation>終了ステータス: レシピを書き込んだら 0 (適合度が低く警告が出た場合も)、
コマンドラインの誤りは 2、写真を読めないか一致しない場合は 1。</translation>
    </message>
    <message>
        <source>the photo as it was</source>
        <translation>元の写真</translation>
    </message>
    <message>
        <source>the same photo after the effect</source>
        <translation>効果をかけた後の同じ写真</translation>
    </message>
    <message>
        <source>the recipe to write (JSON)</source>
        <translation>書き込むレシピ (JSON)</translation>
    </message>
    <message>
        <source>the kernel&apos;s size: 5, or rows x columns such as 3x7 (default 5; at most 32x32, or 18x18 across three channels)</source>
        <translation>カーネルのサイズ: 5、または 3x7 のような 行数 x 列数 (既定 5。最大 32x32、3 チャンネル間では 18x18)</translation>
    </message>
    <message>
        <source>one kernel for all colour channels (shared, the default), one per channel, or one from every channel to every channel (cross-channel: mixes colours)</source>
        <translation>すべてのカラーチャンネルに 1 つのカーネル (shared、既定)、チャンネルごとに 1 つ、またはすべてのチャンネルからすべてのチャンネルへ 1 つ (cross-channel: 色を混ぜる)</translation>
    </message>
    <message>
        <source>the border AFTER was made with (default reflect101)</source>
        <translation>AFTER の作成に使われた境界 (既定 reflect101)</translation>
    </message>
    <message>
        <source>do not fit a constant added after the kernel</source>
        <translation>カーネルの後に加える定数を当てはめない</translation>
    </message>
    <message>
        <source>a photo or recipe name is empty; give a file</source>
        <translation>写真またはレシピの名前が空です。ファイルを指定してください</translation>
    </message>
    <message>
        <source>{output} is an input; write the recipe to another file</source>
        <translation>{output} は入力です。レシピは別のファイルに書き込んでください</translation>
    </message>
    <message>
        <source>wrote {output}, a {rows}×{cols} {mode} kernel: {figures}</source>
        <translation>{output} を書き込みました。{rows}×{cols} の {mode} カーネル: {figures}</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>警告: {text}</translation>
    </message>
    <message>
        <source>(rounded)</source>
        <extracomment>How wide a preset&apos;s kernel may be listed before it is rounded or summed up.</extracomment>
        <translation>(丸め)</translation>
    </message>
    <message>
        <source>{rows}×{cols} weights from {low} to {high}, too wide to list here</source>
        <translation>{rows}×{cols} の重み ({low} 〜 {high})。ここに一覧するには大きすぎます</translation>
    </message>
    <message>
        <source>parameters: {parameters}</source>
        <translation>パラメーター: {parameters}</translation>
    </message>
    <message>
        <source>List the presets, their parameters and default kernels: the built-in ones, then those saved in the window.</source>
        <translation>プリセットとそのパラメーター、既定のカーネルを一覧表示します: 組み込みのもの、続いてウィンドウで保存したもの。</translation>
    </message>
    <message>
        <source>only these presets</source>
        <translation>これらのプリセットのみ</translation>
    </message>
    <message>
        <source>{name}: your preset, saved in the window. Its name is a built-in preset&apos;s, which --preset picks first; rename it in the window.</source>
        <translation>{name}: ウィンドウで保存したマイプリセット。名前が組み込みプリセットと同じで、--preset はそちらを優先します。ウィンドウで名前を変更してください。</translation>
    </message>
    <message>
        <source>{name}: your preset, saved in the window.</source>
        <translation>{name}: ウィンドウで保存したマイプリセット。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{name}: {title}. {doc}</source>
        <translation>{name}: {title}。{doc}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>出典: {source}</translation>
    </message>
    <message>
        <source>step options: {options}</source>
        <translation>ステップのオプション: {options}</translation>
    </message>
    <message>
        <source>Your presets are kept in {folder}.</source>
        <translation>マイプリセットは {folder} に保存されています。</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>Write a recipe as a script doing what kernelstudio does: Python for
OpenCV, SciPy or PyTorch (&apos;python snippet.py IN OUT&apos;), or a shell
script calling ImageMagick 6 (&apos;sh snippet.sh IN OUT&apos;).</source>
        <translation>レシピを kernelstudio と同じ処理をするスクリプトとして書き出します: OpenCV、
SciPy、PyTorch 用の Python (&apos;python snippet.py IN OUT&apos;)、または
ImageMagick 6 を呼ぶシェルスクリプト (&apos;sh snippet.sh IN OUT&apos;)。</translation>
    </message>
    <message>
        <source>What a library cannot do is written in NumPy; what ImageMagick cannot do
exactly, the script says at its top.</source>
        <translation>ライブラリにできないことは NumPy で書きます。ImageMagick で正確に
できないことは、スクリプトの先頭に記します。</translation>
    </message>
    <message>
        <source>a recipe saved by the window</source>
        <translation>ウィンドウで保存したレシピ</translation>
    </message>
    <message>
        <source>the library the script is for</source>
        <translation>スクリプトの対象ライブラリ</translation>
    </message>
    <message>
        <source>only step N (from 1; disabled steps count too), not the stack</source>
        <translation>スタックではなくステップ N のみ (1 から数え、無効なステップも数える)</translation>
    </message>
    <message>
        <source>write the script to FILE (default: print it)</source>
        <translation>スクリプトを FILE に書き込む (既定: 表示する)</translation>
    </message>
    <message>
        <source>--step must be from 1 to {count}, the steps of {recipe}; got {step}</source>
        <translation>--step は 1 〜 {count} (レシピ {recipe} のステップ) でなければなりません (指定値: {step})</translation>
    </message>
    <message>
        <source>the script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>{output} is the recipe; write the script to another file</source>
        <translation>{output} はレシピです。スクリプトは別のファイルに書き込んでください</translation>
    </message>
    <message>
        <source>divide sums by N</source>
        <translation>合計を N で割る</translation>
    </message>
    <message>
        <source>add after dividing (with a kernel per channel, one each: 10,0,-5)</source>
        <translation>割った後に加える値 (チャンネルごとのカーネルでは各チャンネルに 1 つずつ: 10,0,-5)</translation>
    </message>
    <message>
        <source>divide by the sum of weights (when it is not 0)</source>
        <translation>重みの合計で割る (合計が 0 でない場合)</translation>
    </message>
    <message>
        <source>normalize as GIMP does: divide by the sum&apos;s size; add 127.5 levels to a zero-sum kernel&apos;s result, 255 to a negative-sum one&apos;s</source>
        <translation>GIMP と同様に正規化する: 合計の大きさで割り、総和ゼロのカーネルの結果には 127.5 レベル、合計が負のカーネルの結果には 255 を加える</translation>
    </message>
    <message>
        <source>take absolute values (for edge detectors)</source>
        <translation>絶対値を取る (エッジ検出器向け)</translation>
    </message>
    <message>
        <source>rotate the kernel 180 degrees (true convolution)</source>
        <translation>カーネルを 180 度回転する (真の畳み込み)</translation>
    </message>
    <message>
        <source>border mode (default reflect101)</source>
        <translation>境界モード (既定 reflect101)</translation>
    </message>
    <message>
        <source>fill value for --border constant</source>
        <translation>--border constant の塗り値</translation>
    </message>
    <message>
        <source>color (default), all, or letters from rgba such as rb</source>
        <translation>color (既定)、all、または rb のような rgba の文字</translation>
    </message>
    <message>
        <source>mix with the step&apos;s input, 0 to 1</source>
        <translation>ステップの入力と混ぜる割合、0 〜 1</translation>
    </message>
    <message>
        <source>the kernel cell over the pixel, from 0,0 at the top left (default: the centre, kh//2,kw//2)</source>
        <translation>ピクセルの上に置くカーネルのセル、左上が 0,0 (既定: 中央、kh//2,kw//2)</translation>
    </message>
    <message>
        <source>apply the step N times (1 to {most})</source>
        <translation>ステップを N 回適用する (1 〜 {most})</translation>
    </message>
    <message>
        <source>filter colour in linear light, as GIMP does</source>
        <translation>GIMP と同様にリニア光で色をフィルター処理する</translation>
    </message>
    <message>
        <source>do not weight colour by alpha (by default, as in ImageMagick, colour hidden under transparent pixels does not bleed into visible ones)</source>
        <translation>色をアルファで重み付けしない (既定では ImageMagick と同様に、透明なピクセルの下に隠れた色が見えるピクセルににじまない)</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Redraws within a file come at most this often (seconds); a new file always redraws.</extracomment>
        <translation>残り約 {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>残り約 {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation>残り約 {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{count} written</source>
        <translation>{count} 件書き込み</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} 件スキップ</translation>
    </message>
    <message>
        <source>{count} not done</source>
        <translation>{count} 件未処理</translation>
    </message>
    <message>
        <source>{counts} in {seconds} s</source>
        <translation>{counts} ({seconds} s)</translation>
    </message>
    <message>
        <source>{done}/{total} done</source>
        <translation>{done}/{total} 完了</translation>
    </message>
    <message>
        <source>now {name}</source>
        <translation>処理中 {name}</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>残り時間を見積もっています</translation>
    </message>
    <message>
        <source>&apos;kernelstudio apply&apos; works without a window</source>
        <extracomment>English (context &quot;cli&quot;); messages translate it where they say it.</extracomment>
        <translation>&apos;kernelstudio apply&apos; はウィンドウなしで動作します</translation>
    </message>
    <message>
        <source>the installation is incomplete: Qt&apos;s {platform} platform cannot find {own}, which come with PySide6; reinstall kernelstudio</source>
        <extracomment>The plugin file of each platform that needs something of the system. Shared libraries the xcb and Wayland plugins need from the system, with the package that provides each: (Debian and Ubuntu, Fedora). From ``ldd`` on Qt 6.10 and 6.11&apos;s plugins. Libraries that come with Qt itself: missing, they mean a broken install, not a package.</extracomment>
        <translation>インストールが不完全です: Qt の {platform} プラットフォームが PySide6 に含まれる {own} を見つけられません。kernelstudio を再インストールしてください</translation>
    </message>
    <message>
        <source>install them with &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) or &apos;sudo dnf install {fedora}&apos; (Fedora)</source>
        <translation>&apos;sudo apt install {debian}&apos; (Debian、Ubuntu) または &apos;sudo dnf install {fedora}&apos; (Fedora) でインストールしてください</translation>
    </message>
    <message>
        <source>install it with &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) or &apos;sudo dnf install {fedora}&apos; (Fedora)</source>
        <translation>&apos;sudo apt install {debian}&apos; (Debian、Ubuntu) または &apos;sudo dnf install {fedora}&apos; (Fedora) でインストールしてください</translation>
    </message>
    <message>
        <source>install the package that provides {name} (&apos;apt-file search {name}&apos;, &apos;dnf provides &quot;*/{name}&quot;&apos;)</source>
        <translation>{name} を提供するパッケージをインストールしてください (&apos;apt-file search {name}&apos;、&apos;dnf provides &quot;*/{name}&quot;&apos;)</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform needs {names}, not installed here: {hints}; {headless}</source>
        <translation>Qt の {platform} プラットフォームには {names} が必要ですが、インストールされていません: {hints}。{headless}</translation>
    </message>
    <message>
        <source>the installation is incomplete: Qt&apos;s {platform} platform plugin is not in {plugin_parent}; reinstall kernelstudio</source>
        <translation>インストールが不完全です: Qt の {platform} プラットフォームプラグインが {plugin_parent} にありません。kernelstudio を再インストールしてください</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM asks for xcb but DISPLAY is not set; {headless}</source>
        <translation>QT_QPA_PLATFORM が xcb を指定していますが DISPLAY が設定されていません。{headless}</translation>
    </message>
    <message>
        <source>the X display {display!r} (DISPLAY) does not answer: is its X server running, and may you use it (xauth)? {headless}</source>
        <translation>X ディスプレイ {display!r} (DISPLAY) が応答しません: X サーバーは動いていますか、使用する権限 (xauth) はありますか？ {headless}</translation>
    </message>
    <message>
        <source>the Wayland display {display!r} (WAYLAND_DISPLAY) does not answer; {headless}</source>
        <translation>Wayland ディスプレイ {display!r} (WAYLAND_DISPLAY) が応答しません。{headless}</translation>
    </message>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set, as over ssh): use &apos;kernelstudio apply&apos; for headless work, &apos;ssh -X&apos; to bring the window to your screen, or QT_QPA_PLATFORM=offscreen for &apos;kernelstudio --selftest&apos;</source>
        <translation>ウィンドウを開くディスプレイがありません (ssh 経由のように DISPLAY も WAYLAND_DISPLAY も設定されていません): ヘッドレスの作業には &apos;kernelstudio apply&apos; を、画面にウィンドウを出すには &apos;ssh -X&apos; を、&apos;kernelstudio --selftest&apos; には QT_QPA_PLATFORM=offscreen を使ってください</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>dog: sigma1 and sigma2 must differ, both are {sigma1:g}</source>
        <extracomment>The eight compass directions, clockwise from the top.</extracomment>
        <translation>dog: sigma1 と sigma2 は異なる値でなければなりません (どちらも {sigma1:g})</translation>
    </message>
    <message>
        <source>unknown target {target!r}; choose one of {targets}</source>
        <extracomment>The targets, by the name ``--to`` takes.</extracomment>
        <translation>不明なターゲット {target!r}。{targets} のいずれかを選んでください</translation>
    </message>
    <message>
        <source>the stack has no enabled step to write as code</source>
        <translation>スタックにはコードとして書き出せる有効なステップがありません</translation>
    </message>
    <message>
        <source>the step</source>
        <translation>このステップ</translation>
    </message>
    <message>
        <source>step {number}</source>
        <extracomment>Recipes larger than this are refused before parsing (a 255×255 kernel is about 1 MB).</extracomment>
        <translation>ステップ {number}</translation>
    </message>
    <message>
        <source>the ImageMagick script holds kernels shared by the channels; {which} has a kernel {kind}: copy it as Python code</source>
        <translation>ImageMagick のスクリプトはチャンネル共通のカーネルしか扱えませんが、{which} のカーネルは{kind}です。Python のコードとしてコピーしてください</translation>
    </message>
    <message>
        <source>copy as code writes kernels {kind} for colour channels; {which} filters alpha with one too</source>
        <translation>コードとしてコピーはカラーチャンネル用に{kind}のカーネルを書き出しますが、{which} はアルファもフィルター処理します</translation>
    </message>
    <message>
        <source>anchor must be a (row, column) pair, got {anchor!r}</source>
        <translation>anchor は (行, 列) の組でなければなりません (指定値: {anchor!r})</translation>
    </message>
    <message>
        <source>anchor {value} lies outside the {kh}×{kw} kernel</source>
        <translation>アンカー {value} は {kh}×{kw} のカーネルの外にあります</translation>
    </message>
    <message>
        <source>cval must be a number, got {cval!r}</source>
        <translation>cval は数値でなければなりません (指定値: {cval!r})</translation>
    </message>
    <message>
        <source>cval must be a finite number, got {value}</source>
        <translation>cval は有限の数値でなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>{name} is a damaged {kind} file ({why})</source>
        <extracomment>TIFF compressions whose 16-bit colour pages are read at 16 bits (Pillow&apos;s names): what GIMP, Photoshop, OpenCV, ImageMagick and kernelstudio write. Others (JPEG, zstd, WebP) are left to Pillow, at 8 bits, with a note. Tags tifffile writes itself (or refuses, with a log line) whatever EXIF brings. The channels of libspng&apos;s RGBA to keep, for each 16-bit PNG colour type (slices, so that the one copy made is the result). A classic TIFF&apos;s offsets are 32-bit; past this many pixel bytes, write a BigTIFF.</extracomment>
        <translation>{name} は壊れた {kind} ファイルです ({why})</translation>
    </message>
    <message>
        <source>its pixels are not the {width}×{height} its header says</source>
        <translation>ピクセル数がヘッダーに書かれた {width}×{height} と一致しません</translation>
    </message>
    <message>
        <source>its first chunk is not the header Pillow read</source>
        <translation>最初のチャンクが Pillow の読んだヘッダーではありません</translation>
    </message>
    <message>
        <source>colour type {colour_type} at 16 bits</source>
        <translation>16 ビットのカラータイプ {colour_type}</translation>
    </message>
    <message>
        <source>page {value} is not the {width}×{height} RGB its header says</source>
        <translation>ページ {value} がヘッダーに書かれた {width}×{height} の RGB ではありません</translation>
    </message>
    <message>
        <source>unknown border {border!r}; choose one of {borders}</source>
        <extracomment>Border modes, named as in OpenCV; ``valid`` shrinks the output instead of padding. Below this many output values threads cost more than they save. ``progress(fraction)`` with fraction in [0, 1]. ``finish(values, rows, cols)`` maps a block of raw sums (output rows and columns as slices) to final values; it may work in place and is called from worker threads.</extracomment>
        <translation>不明な境界 {border!r}。{borders} のいずれかを選んでください</translation>
    </message>
    <message>
        <source>unknown method {method!r}; choose one of {methods}</source>
        <translation>不明な方式 {method!r}。{methods} のいずれかを選んでください</translation>
    </message>
    <message>
        <source>an image must be 2-D (rows, columns) or 3-D (rows, columns, channels), got shape {array_shape}</source>
        <translation>画像は 2 次元 (行, 列) または 3 次元 (行, 列, チャンネル) でなければなりません (形状: {array_shape})</translation>
    </message>
    <message>
        <source>the image is empty (shape {array_shape})</source>
        <translation>画像が空です (形状 {array_shape})</translation>
    </message>
    <message>
        <source>images of type {array_dtype} are not supported; use uint8, uint16, another integer type, float32 or float64</source>
        <translation>{array_dtype} 型の画像には対応していません。uint8、uint16、その他の整数型、float32、float64 を使ってください</translation>
    </message>
    <message>
        <source>border &apos;valid&apos; needs an image at least as large as the kernel; the image is {height}×{width} and the kernel {kh}×{kw}</source>
        <translation>境界 &apos;valid&apos; には少なくともカーネルと同じ大きさの画像が必要です。画像は {height}×{width}、カーネルは {kh}×{kw} です</translation>
    </message>
    <message>
        <source>out must be {out_dtype} of shape {value}, got {out_dtype2} of shape {out_shape}</source>
        <translation>out は形状 {value} の {out_dtype} でなければなりません (指定: 形状 {out_shape} の {out_dtype2})</translation>
    </message>
    <message>
        <source>{doing} was cancelled</source>
        <translation>{doing}を中止しました</translation>
    </message>
    <message>
        <source>pixel (row {row}, column {col}) lies outside the {height}×{width} result</source>
        <translation>ピクセル ({row} 行 {col} 列) は {height}×{width} の結果の外にあります</translation>
    </message>
    <message>
        <source>output must be the step&apos;s {array_dtype} result of shape {expected}, got {output_dtype} of shape {output_shape}</source>
        <translation>output はステップの結果と同じ形状 {expected} の {array_dtype} でなければなりません (指定: 形状 {output_shape} の {output_dtype})</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>パイプ (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>is {kind}, not a file</source>
        <translation>{kind}であり、ファイルではありません</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>{megabytes} MB を超えています</translation>
    </message>
    <message>
        <source>is {kind}, not a file; choose a file name</source>
        <extracomment>The longest file name most file systems hold, in bytes. Bytes a temporary&apos;s name adds to its stem: ``.`` and ``.&lt;pid&gt;.&lt;8 random&gt;.part``.</extracomment>
        <translation>{kind}であり、ファイルではありません。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <extracomment>Default limit on width × height (× frames): 200 megapixels, beyond any hobbyist&apos;s camera. The formats `load_image` reads, as its messages name them. How many of a file&apos;s first bytes `sniff_format` is given: an AVIF&apos;s or HEIC&apos;s brands. Things the user should be told once: depth lost, colours converted, EXIF dropped.</extracomment>
        <translation>{name} は存在しません</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image</source>
        <translation>{name} はフォルダーで、画像ではありません</translation>
    </message>
    <message>
        <source>{name} {error}; open a photo file</source>
        <translation>{name} は{error}。写真ファイルを開いてください</translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>{name} を読み込めません: {error}</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated {kind} file</source>
        <extracomment>Errors of Python itself that a parser trips over on short or odd data; their words (&apos;unpack_from requires a buffer of at least 14 bytes&apos;) tell a person nothing.</extracomment>
        <translation>{name} は壊れているか途中で切れた {kind} ファイルです</translation>
    </message>
    <message>
        <source>{said} ({why})</source>
        <translation>{said} ({why})</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} は {width}×{height} ピクセル ({value:.1f} メガピクセル) で、上限の {value2:g} メガピクセルを超えています。このファイルを信頼できる場合にだけ上限を上げてください</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels × {frames} frames ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} は {width}×{height} ピクセル × {frames} フレーム ({value:.1f} メガピクセル) で、上限の {value2:g} メガピクセルを超えています。このファイルを信頼できる場合にだけ上限を上げてください</translation>
    </message>
    <message>
        <source>{name} is {frames} pages of up to {width}×{height} pixels ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} は最大 {width}×{height} ピクセルの {frames} ページ ({value:.1f} メガピクセル) で、上限の {value2:g} メガピクセルを超えています。このファイルを信頼できる場合にだけ上限を上げてください</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} は空です</translation>
    </message>
    <message>
        <source>{name} is not a {formats} image</source>
        <translation>{name} は {formats} の画像ではありません</translation>
    </message>
    <message>
        <source>not enough memory to open {name}</source>
        <translation>{name} を開くためのメモリが足りません</translation>
    </message>
    <message>
        <source>size must be between {low} and {max_response_size}, got {size}</source>
        <extracomment>Side of a frequency response for kernels up to this size; larger ones double it. Largest side of a frequency response. Largest CNN stride `feature_map` takes. Relative tolerance for &quot;zero&quot;, &quot;equal&quot; and &quot;symmetric&quot; in `kernel_facts`. ITU-R BT.601 luma weights, as Pillow&apos;s &quot;L&quot; conversion and OpenCV&apos;s RGB2GRAY use.</extracomment>
        <translation>size は {low} 〜 {max_response_size} でなければなりません (指定値: {size})</translation>
    </message>
    <message>
        <source>divisor must be a number, got {divisor!r}</source>
        <translation>divisor は数値でなければなりません (指定値: {divisor!r})</translation>
    </message>
    <message>
        <source>divisor must be a finite number other than 0, got {divisor}</source>
        <translation>divisor は 0 以外の有限の数値でなければなりません (指定値: {divisor})</translation>
    </message>
    <message>
        <source>divisor {divisor:g} makes the gain too large</source>
        <translation>除数 {divisor:g} ではゲインが大きくなりすぎます</translation>
    </message>
    <message>
        <source>luminance needs 1 to 4 channels (grey to RGBA), got {channels}</source>
        <translation>輝度には 1 〜 4 チャンネル (グレー〜RGBA) が必要です (指定: {channels})</translation>
    </message>
    <message>
        <source>feature maps are made from a 2-D grey image, got shape {array_shape}</source>
        <translation>特徴マップは 2 次元のグレー画像から作ります (形状: {array_shape})</translation>
    </message>
    <message>
        <source>stride must be between 1 and {max_stride}, got {stride}</source>
        <translation>stride は 1 〜 {max_stride} でなければなりません (指定値: {stride})</translation>
    </message>
    <message>
        <source>2×2 max pooling needs a map at least 2×2, got {height}×{width}</source>
        <translation>2×2 最大プーリングには 2×2 以上のマップが必要です (指定: {height}×{width})</translation>
    </message>
    <message>
        <source>cannot read kernel file {name}: {exc}</source>
        <extracomment>Files named so are Photoshop Custom filters; any other name is kernel text. Larger files are refused unread: a 255×255 kernel of 64-character numbers is 4.2 MB.</extracomment>
        <translation>カーネルファイル {name} を読み込めません: {exc}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; not a kernel file</source>
        <translation>{name} は {megabytes} MB を超えています。カーネルファイルではありません</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name}: {exc}</translation>
    </message>
    <message>
        <source>not kernel text (UTF-8), nor named .acf as Photoshop&apos;s Custom filters are{hint}</source>
        <translation>カーネルテキスト (UTF-8) ではなく、Photoshop のカスタムフィルターのような .acf という名前でもありません{hint}</translation>
    </message>
    <message>
        <source>cannot save kernel file {path}: {exc}</source>
        <translation>カーネルファイル {path} を保存できません: {exc}</translation>
    </message>
    <message>
        <source>a weight must be text such as 2 or 1/16, got {name}</source>
        <translation>重みは 2 や 1/16 のようなテキストでなければなりません (指定: {name})</translation>
    </message>
    <message>
        <source>{text} is not one number; a cell holds one, such as 2 or 1/16</source>
        <translation>{text} は 1 つの数値ではありません。セルには 2 や 1/16 のような数値を 1 つ入れます</translation>
    </message>
    <message>
        <source>kernel text with brackets must look like [[1, 2, 1], [2, 4, 2], [1, 2, 1]]</source>
        <translation>角かっこを使うカーネルテキストは [[1, 2, 1], [2, 4, 2], [1, 2, 1]] のような形でなければなりません</translation>
    </message>
    <message>
        <source>kernel text must be a string, got {name}</source>
        <translation>カーネルテキストは文字列でなければなりません (指定: {name})</translation>
    </message>
    <message>
        <source>G&apos;MIC&apos;s &apos;^&apos; starts another channel; a kernel is one 2-D grid of weights, such as (0,-1,0;-1,5,-1;0,-1,0)</source>
        <translation>G&apos;MIC の &apos;^&apos; は別のチャンネルを始めます。カーネルは (0,-1,0;-1,5,-1;0,-1,0) のような 2 次元の重みのグリッド 1 つです</translation>
    </message>
    <message>
        <source>a kernel has 1 to {max_slices} channel slices, got {slices}</source>
        <extracomment>NumPy&apos;s brackets three or four deep, optionally inside np.array(...) or tensor(...).</extracomment>
        <translation>カーネルのチャンネルスライスは 1 〜 {max_slices} 個です (指定: {slices})</translation>
    </message>
    <message>
        <source>output channel {number}, grid {index}</source>
        <translation>出力チャンネル {number}、グリッド {index}</translation>
    </message>
    <message>
        <source>grid {index}</source>
        <translation>グリッド {index}</translation>
    </message>
    <message>
        <source>every grid of a kernel with several is the same size; got {sizes}</source>
        <translation>複数のグリッドを持つカーネルでは、すべてのグリッドが同じサイズです (指定: {sizes})</translation>
    </message>
    <message>
        <source>the grids of one kernel give different anchors</source>
        <translation>1 つのカーネルのグリッド同士でアンカーが異なります</translation>
    </message>
    <message>
        <source>a kernel across channels has, for each of its {outputs} output channels (&apos;||&apos; between them), one grid per input channel (&apos;|&apos; between them): {outputs} each, got {counts}</source>
        <translation>チャンネル間のカーネルは、{outputs} 個の出力チャンネル (&apos;||&apos; で区切る) それぞれに、入力チャンネルごとのグリッド (&apos;|&apos; で区切る) を {outputs} 個ずつ持ちます (指定: {counts})</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label}: {error}</translation>
    </message>
    <message>
        <source>brackets three or four deep hold plain numbers only, as NumPy prints them: [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</source>
        <translation>3 〜 4 重の角かっこには NumPy が表示するような数値だけを書きます: [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</translation>
    </message>
    <message>
        <source>brackets three or four deep must be balanced lists of numbers, as in [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</source>
        <translation>3 〜 4 重の角かっこは [[[1, 0], [0, 1]], [[0, 1], [1, 0]]] のように、釣り合った数値のリストでなければなりません</translation>
    </message>
    <message>
        <source>kernel text has more than {max_kernel_size} rows; each side may be at most {max_kernel_size}</source>
        <translation>カーネルテキストの行数が {max_kernel_size} を超えています。各辺は最大 {max_kernel_size} です</translation>
    </message>
    <message>
        <source>row {value} has {tokens} values; each side may be at most {max_kernel_size}</source>
        <translation>{value} 行目の値が {tokens} 個あります。各辺は最大 {max_kernel_size} です</translation>
    </message>
    <message>
        <source>kernel text is empty; write rows such as &apos;0 -1 0; -1 5 -1; 0 -1 0&apos;</source>
        <translation>カーネルテキストが空です。&apos;0 -1 0; -1 5 -1; 0 -1 0&apos; のように行を書いてください</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>{row} 行目、{column} 列目</translation>
    </message>
    <message>
        <source>row {value} has 1 value but row 1 has {first} values; every row needs the same number of values</source>
        <translation>{value} 行目の値は 1 個ですが、1 行目は {first} 個です。すべての行に同じ数の値が必要です</translation>
    </message>
    <message>
        <source>row {value} has {values} values but row 1 has 1 value; every row needs the same number of values</source>
        <translation>{value} 行目の値は {values} 個ですが、1 行目は 1 個です。すべての行に同じ数の値が必要です</translation>
    </message>
    <message>
        <source>row {value} has {values} values but row 1 has {first} values; every row needs the same number of values</source>
        <translation>{value} 行目の値は {values} 個ですが、1 行目は {first} 個です。すべての行に同じ数の値が必要です</translation>
    </message>
    <message>
        <source>ImageMagick kernel lists (several kernels joined by &apos;;&apos;) are not read; give one kernel, such as {magick_example}</source>
        <extracomment>G&apos;MIC&apos;s matrix: ``(a,b;c,d)``, rows split by &apos;;&apos; and values by &apos;,&apos;. ImageMagick&apos;s kernel geometry, the text before its &apos;:&apos;; the flags make kernel lists. A cell ImageMagick leaves out of the neighbourhood.</extracomment>
        <translation>ImageMagick のカーネルリスト (&apos;;&apos; でつないだ複数のカーネル) は読めません。{magick_example} のようにカーネルは 1 つにしてください</translation>
    </message>
    <message>
        <source>{geometry} before &apos;:&apos; is not a kernel size; ImageMagick kernels start with WIDTHxHEIGHT, as in {magick_example} (its named kernels, such as Laplacian, are not read)</source>
        <translation>&apos;:&apos; の前の {geometry} はカーネルサイズではありません。ImageMagick のカーネルは {magick_example} のように WIDTHxHEIGHT で始まります (Laplacian などの名前付きカーネルは読めません)</translation>
    </message>
    <message>
        <source>ImageMagick&apos;s {size_flags} turns the kernel into a list of rotated kernels; give one kernel (the Kernel menu turns it)</source>
        <translation>ImageMagick の {size_flags} はカーネルを回転したカーネルのリストにします。カーネルは 1 つにしてください (回転はカーネルメニューでできます)</translation>
    </message>
    <message>
        <source>a {cols}x{rows} kernel cannot be used; each side may be from 1 to {max_kernel_size}</source>
        <translation>{cols}x{rows} のカーネルは使えません。各辺は 1 〜 {max_kernel_size} です</translation>
    </message>
    <message>
        <source>the origin +{size_col}+{size_row} lies outside the {name} kernel; +X+Y is a column from 0 to {last_col} and a row from 0 to {last_row}</source>
        <translation>原点 +{size_col}+{size_row} が {name} のカーネルの外にあります。+X+Y は 0 〜 {last_col} の列と 0 〜 {last_row} の行です</translation>
    </message>
    <message>
        <source>{name} needs {value} values, got {tokens}</source>
        <translation>{name} には {value} 個の値が必要です (指定: {tokens} 個)</translation>
    </message>
    <message>
        <source>value {index} of {name}</source>
        <translation>{name} の {index} 番目の値</translation>
    </message>
    <message>
        <source>every value of the {name} kernel is nan (left out); a kernel needs at least one weight</source>
        <translation>{name} のカーネルの値がすべて nan (除外) です。カーネルには少なくとも 1 つの重みが必要です</translation>
    </message>
    <message>
        <source>a kernel must be a 2-D grid (rows × columns) whose rows all have the same length</source>
        <translation>カーネルは、すべての行が同じ長さの 2 次元グリッド (行 × 列) でなければなりません</translation>
    </message>
    <message>
        <source>kernel weights must be real numbers, not complex</source>
        <translation>カーネルの重みは複素数ではなく実数でなければなりません</translation>
    </message>
    <message>
        <source>kernel weights must be numbers, not text</source>
        <translation>カーネルの重みはテキストではなく数値でなければなりません</translation>
    </message>
    <message>
        <source>kernel weights must be numbers, not true or false</source>
        <translation>カーネルの重みは true や false ではなく数値でなければなりません</translation>
    </message>
    <message>
        <source>kernel weights must be numbers within ±{max_weight:g}</source>
        <translation>カーネルの重みは ±{max_weight:g} の範囲内の数値でなければなりません</translation>
    </message>
    <message>
        <source>a kernel must be a 2-D grid (rows × columns), got {got}</source>
        <translation>カーネルは 2 次元グリッド (行 × 列) でなければなりません (指定: {got})</translation>
    </message>
    <message>
        <source>a kernel needs at least one weight, got shape {raw_shape}</source>
        <translation>カーネルには少なくとも 1 つの重みが必要です (形状: {raw_shape})</translation>
    </message>
    <message>
        <source>a {rows}×{cols} kernel is too large; each side may be at most {max_kernel_size}</source>
        <translation>{rows}×{cols} のカーネルは大きすぎます。各辺は最大 {max_kernel_size} です</translation>
    </message>
    <message>
        <source>kernel weight at row {value}, column {value2} is {value3}; weights must be finite numbers</source>
        <translation>{value} 行 {value2} 列のカーネルの重みが {value3} です。重みは有限の数値でなければなりません</translation>
    </message>
    <message>
        <source>kernel weight at row {value}, column {value2} is {value3:g}; weights must lie between -{max_weight:g} and {max_weight:g}</source>
        <translation>{value} 行 {value2} 列のカーネルの重みが {value3:g} です。重みは -{max_weight:g} 〜 {max_weight:g} の範囲でなければなりません</translation>
    </message>
    <message>
        <source>a cross-channel kernel has as many output channels as input channels (C × C × rows × columns), got shape {raw_shape}</source>
        <translation>チャンネル間のカーネルは入力チャンネルと同じ数の出力チャンネルを持ちます (C × C × 行 × 列)。形状: {raw_shape}</translation>
    </message>
    <message>
        <source>a kernel has 1 to {max_slices} channel slices, got {slices_0}</source>
        <translation>カーネルのチャンネルスライスは 1 〜 {max_slices} 個です (指定: {slices_0})</translation>
    </message>
    <message>
        <source>slice {where}: {error}</source>
        <translation>スライス {where}: {error}</translation>
    </message>
    <message>
        <source>an all-zero kernel cannot be normalized</source>
        <translation>すべて 0 のカーネルは正規化できません</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what} は整数でなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>{what} must be between 1 and {max_kernel_size}, got {size}</source>
        <translation>{what} は 1 〜 {max_kernel_size} でなければなりません (指定値: {size})</translation>
    </message>
    <message>
        <source>a kernel size is one number or (rows, columns), got {size!r}</source>
        <extracomment>How a kernel is shared between colour channels: one for all, one each, or one from every input channel to every output channel (PyTorch&apos;s ``Conv2d.weight``). About how many bytes one block&apos;s windows take (a few blocks per thread are alive). Eigenvalues of the scaled normal matrix below this share of the largest count as 0. Most weights one output channel&apos;s kernel may have (32×32, or 18×18 across 3 channels): G has their square as entries, and each thread sums a copy of it per channel.</extracomment>
        <translation>カーネルサイズは 1 つの数値か (行数, 列数) です (指定: {size!r})</translation>
    </message>
    <message>
        <source>before and after must be the same size; before is {before_cols}×{before_rows} pixels and after {after_cols}×{after_rows}</source>
        <translation>処理前と処理後は同じサイズでなければなりません。処理前は {before_cols}×{before_rows} ピクセル、処理後は {after_cols}×{after_rows} です</translation>
    </message>
    <message>
        <source>before and after must have the same channels; before has {channels_0} and after {channels_1}</source>
        <translation>処理前と処理後は同じチャンネルでなければなりません。処理前は {channels_0}、処理後は {channels_1} です</translation>
    </message>
    <message>
        <source>unknown mode {mode!r}; choose one of {learn_modes}</source>
        <translation>不明なモード {mode!r}。{learn_modes} のいずれかを選んでください</translation>
    </message>
    <message>
        <source>a {kh}×{kw} kernel{inputs} has {value} weights to learn, more than the {max_learned_weights} learning can handle; choose a smaller size</source>
        <translation>{kh}×{kw} のカーネル{inputs}は学習する重みが {value} 個あり、学習で扱える {max_learned_weights} 個を超えています。サイズを小さくしてください</translation>
    </message>
    <message>
        <source>{lead} is not a finite number; numbers lie within ±{most}</source>
        <extracomment>Longest number text read, in characters (spaces around it not counted). Longer text is cut when an error message quotes it. The largest float, as the message about too large a number writes it.</extracomment>
        <translation>{lead} は有限の数値ではありません。数値は ±{most} の範囲内です</translation>
    </message>
    <message>
        <source>{lead} is closer to 0 than any number can be (5e-324); write 0 instead</source>
        <translation>{lead} は表せる数値 (5e-324) より 0 に近すぎます。代わりに 0 と書いてください</translation>
    </message>
    <message>
        <source>{lead} is not text; use numbers such as 2, -0.5 or 1/16</source>
        <translation>{lead} はテキストではありません。2、-0.5、1/16 のような数値を使ってください</translation>
    </message>
    <message>
        <source>{lead} is too long for a number; write at most {max_number_text} characters</source>
        <translation>{lead} は数値としては長すぎます。最大 {max_number_text} 文字で書いてください</translation>
    </message>
    <message>
        <source>{lead} is not a finite number</source>
        <translation>{lead} は有限の数値ではありません</translation>
    </message>
    <message>
        <source>{lead} is not a number; use numbers such as 2, -0.5 or 1/16</source>
        <translation>{lead} は数値ではありません。2、-0.5、1/16 のような数値を使ってください</translation>
    </message>
    <message>
        <source>{lead} divides by zero</source>
        <translation>{lead} は 0 で割っています</translation>
    </message>
    <message>
        <source>{what} must be a number, got {value}</source>
        <translation>{what} は数値でなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {value}</source>
        <translation>{what} は有限の数値でなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {number}</source>
        <translation>{what} は有限の数値でなければなりません (指定値: {number})</translation>
    </message>
    <message>
        <source>a whole number of {digits} digits is too long; numbers may have at most {max_number_text}</source>
        <translation>{digits} 桁の整数は長すぎます。数値は最大 {max_number_text} 桁です</translation>
    </message>
    <message>
        <source>not valid JSON at line {exc_lineno}, column {exc_colno}: {exc_msg}</source>
        <translation>{exc_lineno} 行 {exc_colno} 列が有効な JSON ではありません: {exc_msg}</translation>
    </message>
    <message>
        <source>steps filter uint8, uint16, float32 and float64 images, not {dtype}</source>
        <extracomment>Below this share of the kernel&apos;s weight over visible pixels, alpha weighting keeps the colour as it was: the window is (all but) fully transparent.</extracomment>
        <translation>ステップがフィルター処理できるのは uint8、uint16、float32、float64 の画像で、{dtype} は扱えません</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with one slice, or choose {step_slices} channels</source>
        <translation>カーネルには {step_slices} チャンネル分のスライスがありますが、ステップはこの画像のチャンネル ({names}) のうち {chosen} をフィルター処理します (チャンネル指定 {step_channels!r})。スライスが 1 つのカーネルにするか、チャンネルを {step_slices} つ選んでください</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with one slice</source>
        <translation>カーネルには {step_slices} チャンネル分のスライスがありますが、ステップはこの画像のチャンネル ({names}) のうち {chosen} をフィルター処理します (チャンネル指定 {step_channels!r})。スライスが 1 つのカーネルにしてください</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with {chosen} slices, or choose {step_slices} channels</source>
        <translation>カーネルには {step_slices} チャンネル分のスライスがありますが、ステップはこの画像のチャンネル ({names}) のうち {chosen} をフィルター処理します (チャンネル指定 {step_channels!r})。スライスが {chosen} 個のカーネルにするか、チャンネルを {step_slices} つ選んでください</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with {chosen} slices</source>
        <translation>カーネルには {step_slices} チャンネル分のスライスがありますが、ステップはこの画像のチャンネル ({names}) のうち {chosen} をフィルター処理します (チャンネル指定 {step_channels!r})。スライスが {chosen} 個のカーネルにしてください</translation>
    </message>
    <message>
        <source>not a Photoshop Custom filter</source>
        <extracomment>Bytes in an .acf file. Largest weight magnitude Photoshop&apos;s grid takes. Largest scale (divisor); the smallest is 1. Largest offset magnitude, in levels. Cells from the centre to the rim of Photoshop&apos;s 5×5 grid.</extracomment>
        <translation>Photoshop のカスタムフィルターではありません</translation>
    </message>
    <message>
        <source>{not_acf}: it has {data} bytes, and .acf files have {acf_size}</source>
        <translation>{not_acf}: {data} バイトですが、.acf ファイルは {acf_size} バイトです</translation>
    </message>
    <message>
        <source>{not_acf}: its weight at row {row}, column {column} is {weight}, and Photoshop&apos;s lie between -{max_acf_weight} and {max_acf_weight}</source>
        <translation>{not_acf}: {row} 行 {column} 列の重みが {weight} ですが、Photoshop の重みは -{max_acf_weight} 〜 {max_acf_weight} です</translation>
    </message>
    <message>
        <source>{not_acf}: its scale is {scale}, and Photoshop&apos;s is from 1 to {max_acf_scale}</source>
        <translation>{not_acf}: スケールが {scale} ですが、Photoshop のスケールは 1 〜 {max_acf_scale} です</translation>
    </message>
    <message>
        <source>{not_acf}: its offset is {offset}, and Photoshop&apos;s lies between -{max_acf_offset} and {max_acf_offset}</source>
        <translation>{not_acf}: オフセットが {offset} ですが、Photoshop のオフセットは -{max_acf_offset} 〜 {max_acf_offset} です</translation>
    </message>
    <message>
        <source>Photoshop&apos;s 5×5 grid is centred on the pixel and reaches {reach} cells from it; this {rows}×{cols} kernel has weights {reach2} cells from its anchor (row {top}, column {left}), so it cannot be centred in the grid</source>
        <translation>Photoshop の 5×5 グリッドはピクセルを中心に {reach} セル先まで届きますが、この {rows}×{cols} のカーネルにはアンカー ({top} 行 {left} 列) から {reach2} セル離れた重みがあるため、グリッドの中央に合わせられません</translation>
    </message>
    <message>
        <source>Photoshop&apos;s weights lie between -{max_acf_weight} and {max_acf_weight}, and the weight at row {value}, column {value2} is {value3:g}</source>
        <extracomment>Step options whose picture the file makes too (folded into its numbers, or for the border, noted), and alpha weighting, which changes nothing over opaque pixels. What Photoshop&apos;s Custom filter lacks for each other option, and what to do about it.</extracomment>
        <translation>Photoshop の重みは -{max_acf_weight} 〜 {max_acf_weight} ですが、{value} 行 {value2} 列の重みは {value3:g} です</translation>
    </message>
    <message>
        <source>Photoshop&apos;s scale (the divisor) is from 1 to {max_acf_scale}, and this step divides by {divisor:g}</source>
        <translation>Photoshop のスケール (除数) は 1 〜 {max_acf_scale} ですが、このステップは {divisor:g} で割ります</translation>
    </message>
    <message>
        <source>Photoshop&apos;s offset is a whole number of levels from -{max_acf_offset} to {max_acf_offset}, and this step adds {value}</source>
        <translation>Photoshop のオフセットは -{max_acf_offset} 〜 {max_acf_offset} の整数のレベルですが、このステップは {value} を加えます</translation>
    </message>
    <message>
        <source>{name} holds 32-bit integer pixels, which are not supported</source>
        <translation>{name} は 32 ビット整数のピクセルを含んでおり、対応していません</translation>
    </message>
    <message>
        <source>{name} holds 32-bit float pixels, which are not supported</source>
        <translation>{name} は 32 ビット浮動小数点のピクセルを含んでおり、対応していません</translation>
    </message>
    <message>
        <source>cannot save {pixels_dtype} pixels; use uint8, uint16 or float in 0..1</source>
        <translation>{pixels_dtype} のピクセルは保存できません。uint8、uint16、または 0..1 の float を使ってください</translation>
    </message>
    <message>
        <source>cannot save an image with {channels} channels; use 1 to 4</source>
        <translation>{channels} チャンネルの画像は保存できません。1 〜 4 チャンネルにしてください</translation>
    </message>
    <message>
        <source>{name} is a damaged PNG file (the checksum of its {shown} chunk is wrong)</source>
        <extracomment>Ancillary chunks that hold the picture itself: a checksum failure there is damage to it. The largest metadata chunk `find_chunk` returns: Pillow&apos;s own limit on a text chunk.</extracomment>
        <translation>{name} は壊れた PNG ファイルです ({shown} チャンクのチェックサムが正しくありません)</translation>
    </message>
    <message>
        <source>{where} must be one of {choices}, got {value}</source>
        <translation>{where} は {choices} のいずれかでなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>{where} must be a whole number, got {value}</source>
        <translation>{where} は整数でなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>{where} must be between {minimum} and {maximum}, got {number}</source>
        <translation>{where} は {minimum} 〜 {maximum} でなければなりません (指定値: {number})</translation>
    </message>
    <message>
        <source>{where} must be odd, got {number}</source>
        <translation>{where} は奇数でなければなりません (指定値: {number})</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Whole numbers up to this are written out in full; larger ones as 1e+15.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>preset {name} has no parameter {name2} (parameters: {hint})</source>
        <translation>プリセット {name} にはパラメーター {name2} がありません (パラメーター: {hint})</translation>
    </message>
    <message>
        <source>unknown preset {name}; did you mean {close}? (presets: {presets})</source>
        <translation>不明なプリセット {name}。{close} のことですか? (プリセット: {presets})</translation>
    </message>
    <message>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation>不明なプリセット {name} (プリセット: {presets})</translation>
    </message>
    <message>
        <source>{preset_name}: write parameters as name=value, got {item}</source>
        <translation>{preset_name}: パラメーターは name=value の形で書いてください (指定: {item})</translation>
    </message>
    <message>
        <source>{preset_name}: parameter {key} is given twice</source>
        <translation>{preset_name}: パラメーター {key} が 2 回指定されています</translation>
    </message>
    <message>
        <source>{where} must be an object with keys such as &apos;kernel&apos; or &apos;preset&apos;</source>
        <translation>{where} は &apos;kernel&apos; や &apos;preset&apos; などのキーを持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}; did you mean {close}?</source>
        <translation>{where}: 不明なキー {key}。{close} のことですか?</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}</source>
        <translation>{where}: 不明なキー {key}</translation>
    </message>
    <message>
        <source>{where} needs a &apos;kernel&apos; or a &apos;preset&apos;</source>
        <translation>{where} には &apos;kernel&apos; か &apos;preset&apos; が必要です</translation>
    </message>
    <message>
        <source>{where}: preset must be a name such as &apos;sharpen&apos;, got {preset}</source>
        <translation>{where}: preset は &apos;sharpen&apos; のような名前でなければなりません (指定: {preset})</translation>
    </message>
    <message>
        <source>{where}: params must be an object such as {{&quot;size&quot;: 5}}</source>
        <translation>{where}: params は {{&quot;size&quot;: 5}} のようなオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>{where}: params need a preset</source>
        <translation>{where}: params には preset が必要です</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>{where}: {exc}</translation>
    </message>
    <message>
        <source>a recipe must be a JSON object with a &apos;steps&apos; list</source>
        <translation>レシピは &apos;steps&apos; リストを持つ JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>this is not a kernelstudio recipe (format is {data_format})</source>
        <translation>kernelstudio のレシピではありません (format は {data_format})</translation>
    </message>
    <message>
        <source>recipe version must be a whole number from 1, got {version}</source>
        <translation>レシピの version は 1 以上の整数でなければなりません (指定: {version})</translation>
    </message>
    <message>
        <source>this recipe is version {version}, made by a newer kernelstudio; this one reads up to version {recipe_version}</source>
        <translation>このレシピはバージョン {version} で、新しい kernelstudio で作られています。この kernelstudio が読めるのはバージョン {recipe_version} までです</translation>
    </message>
    <message>
        <source>unknown recipe key {unknown_0} (keys: format, version, steps)</source>
        <translation>不明なレシピのキー {unknown_0} (キー: format, version, steps)</translation>
    </message>
    <message>
        <source>a recipe needs a &apos;steps&apos; list</source>
        <translation>レシピには &apos;steps&apos; リストが必要です</translation>
    </message>
    <message>
        <source>a recipe holds at most {max_steps} steps, got {steps}</source>
        <translation>レシピのステップは最大 {max_steps} 個です (指定: {steps})</translation>
    </message>
    <message>
        <source>{name} is not a number a recipe may hold; use finite numbers</source>
        <translation>{name} はレシピに入れられる数値ではありません。有限の数値を使ってください</translation>
    </message>
    <message>
        <source>the recipe is nested too deeply to be a recipe</source>
        <translation>入れ子が深すぎてレシピとして扱えません</translation>
    </message>
    <message>
        <source>cannot read recipe {name}: {exc}</source>
        <translation>レシピ {name} を読み込めません: {exc}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; not a recipe</source>
        <translation>{name} は {megabytes} MB を超えています。レシピではありません</translation>
    </message>
    <message>
        <source>{name} is not a text file; recipes are UTF-8 JSON</source>
        <translation>{name} はテキストファイルではありません。レシピは UTF-8 の JSON です</translation>
    </message>
    <message>
        <source>cannot save recipe {path}: {exc}</source>
        <translation>レシピ {path} を保存できません: {exc}</translation>
    </message>
    <message>
        <source>cannot write {path}: kernelstudio reads HEIC photos but does not write them; end the name with {written}</source>
        <extracomment>JPEG, WebP and AVIF quality of the window&apos;s exports and the command line&apos;s outputs. The formats that take a quality. libaom&apos;s speed for AVIF (0 slowest to 10): 8 encodes a 12-megapixel photo in about 5 s on two cores where Pillow&apos;s default 6 takes 15 to 20 s, for files 20% larger and the same error at quality 95. File extensions kernelstudio reads and writes, and the format each one means. File extensions of formats kernelstudio reads but does not write. The extensions an output&apos;s name can end with, as messages list them. The largest width or height each format can store (libjpeg&apos;s and libwebp&apos;s limits; for AVIF, the largest libavif reads back by default).</extracomment>
        <translation>{path} を書き込めません: kernelstudio は HEIC の写真を読めますが書き込めません。名前の末尾を {written} にしてください</translation>
    </message>
    <message>
        <source>cannot tell the format of {path} ({shown}); end the name with {written}</source>
        <translation>{path} の形式がわかりません ({shown})。名前の末尾を {written} にしてください</translation>
    </message>
    <message>
        <source>cannot write {name}: the folder {folder} does not exist</source>
        <translation>{name} を書き込めません: フォルダー {folder} が存在しません</translation>
    </message>
    <message>
        <source>cannot write {name}: {kind} holds at most {largest}×{largest} pixels and the image is {cols}×{rows}; choose .png or .tif</source>
        <translation>{name} を書き込めません: {kind} は最大 {largest}×{largest} ピクセルですが、画像は {cols}×{rows} です。.png か .tif を選んでください</translation>
    </message>
    <message>
        <source>quality must be a whole number from 1 to 100, got {quality}</source>
        <translation>品質は 1 〜 100 の整数でなければなりません (指定値: {quality})</translation>
    </message>
    <message>
        <source>cannot write {name}: {exc}</source>
        <translation>{name} を書き込めません: {exc}</translation>
    </message>
    <message>
        <source>cannot write {name} as {kind}: {exc}</source>
        <translation>{name} を {kind} として書き込めません: {exc}</translation>
    </message>
    <message>
        <source>the kernel does not match preset {preset_name} with these parameters; drop the preset or the kernel</source>
        <translation>カーネルがこのパラメーターのプリセット {preset_name} と一致しません。プリセットかカーネルのどちらかを外してください</translation>
    </message>
    <message>
        <source>a step needs a kernel or a preset</source>
        <translation>ステップにはカーネルかプリセットが必要です</translation>
    </message>
    <message>
        <source>params only make sense together with a preset</source>
        <translation>params はプリセットと一緒の場合にだけ意味があります</translation>
    </message>
    <message>
        <source>divisor must not be 0 (or closer to 0 than {value:g})</source>
        <translation>除数は 0 (または {value:g} より 0 に近い値) にできません</translation>
    </message>
    <message>
        <source>name must be text, got {name}</source>
        <translation>名前はテキストでなければなりません (指定: {name})</translation>
    </message>
    <message>
        <source>dividing the weights by {by} makes them too large; {fix}</source>
        <translation>重みを {by} で割ると大きくなりすぎます。{fix}</translation>
    </message>
    <message>
        <source>a {kind} step has one divisor per channel; ask for its divisors</source>
        <extracomment>Most steps a stack holds: far beyond any look, and few enough that a stack (a recipe, a session) is always read, shown and filtered in bounded time. What `_shared` says of each value a step of another kind has one of per channel.</extracomment>
        <translation>{kind} のステップはチャンネルごとに除数を 1 つ持ちます。チャンネルごとの除数を求めてください</translation>
    </message>
    <message>
        <source>a {kind} step has one offset per channel; ask for its offsets</source>
        <translation>{kind} のステップはチャンネルごとにオフセットを 1 つ持ちます。チャンネルごとのオフセットを求めてください</translation>
    </message>
    <message>
        <source>a kernel is shared, per-channel or cross-channel, not {kind}</source>
        <translation>カーネルは shared、per-channel、cross-channel のいずれかで、{kind} ではありません</translation>
    </message>
    <message>
        <source>the kernel mixes channels (an output channel takes weight from another input channel), so it cannot be made {value}; set the grids between different channels to 0 first</source>
        <translation>カーネルがチャンネルを混ぜている (出力チャンネルが別の入力チャンネルから重みを受け取る) ため、{value}にはできません。先に異なるチャンネル間のグリッドを 0 にしてください</translation>
    </message>
    <message>
        <source>the channels have different grids, so one shared kernel cannot stand for them; make them equal first</source>
        <translation>チャンネルごとにグリッドが異なるため、1 つの共通カーネルでは表せません。先にグリッドを同じにしてください</translation>
    </message>
    <message>
        <source>the channels have different offsets, so one shared kernel cannot stand for them; give them the same offset first</source>
        <translation>チャンネルごとにオフセットが異なるため、1 つの共通カーネルでは表せません。先に同じオフセットにしてください</translation>
    </message>
    <message>
        <source>a slice of a cross-channel kernel is named by its output and its input channel</source>
        <translation>チャンネル間のカーネルのスライスは、出力チャンネルと入力チャンネルで指定します</translation>
    </message>
    <message>
        <source>border &apos;valid&apos; takes {last_row} rows and {last_col} columns a pass: {iterations} iterations need an image of at least {need_0}×{need_1}; the image is {image_rows}×{image_cols}</source>
        <translation>境界 &apos;valid&apos; は 1 回のパスで {last_row} 行と {last_col} 列を削ります。{iterations} 回の反復には少なくとも {need_0}×{need_1} の画像が必要ですが、画像は {image_rows}×{image_cols} です</translation>
    </message>
    <message>
        <source>one offset per channel needs a kernel per channel (C × rows × columns); this kernel is shared, so give one number, not {offset}</source>
        <extracomment>The fields of `Step` that are its options (every field but the kernel, preset, params, enabled and name), in recipe order. Their metadata holds the command line&apos;s ``help`` and ``cli_order``, and where needed its ``flag``, ``metavar`` and ``choices``.</extracomment>
        <translation>チャンネルごとのオフセットにはチャンネルごとのカーネル (C × 行 × 列) が必要です。このカーネルは共通なので、{offset} ではなく数値を 1 つ指定してください</translation>
    </message>
    <message>
        <source>the kernel has {slices} channel slices, so give one offset or {slices}, not {offset}</source>
        <translation>カーネルには {slices} 個のチャンネルスライスがあるので、オフセットは {offset} ではなく 1 つか {slices} 個指定してください</translation>
    </message>
    <message>
        <source>a stack holds at most {max_steps} steps, got {steps}</source>
        <translation>スタックのステップは最大 {max_steps} 個です (指定: {steps})</translation>
    </message>
    <message>
        <source>a stack holds steps, got {name}</source>
        <translation>スタックはステップを保持します (指定: {name})</translation>
    </message>
    <message>
        <source>there is no step {index} in a stack of {steps}</source>
        <translation>{steps} ステップのスタックにステップ {index} はありません</translation>
    </message>
    <message>
        <source>channels must be text such as &apos;color&apos;, &apos;all&apos; or &apos;rb&apos;, got {channels}</source>
        <extracomment>Named channel selections; any combination of the letters r, g, b and a works too. Most times one step may be repeated (ImageMagick&apos;s ``Convolve:N``).</extracomment>
        <translation>channels は &apos;color&apos;、&apos;all&apos;、&apos;rb&apos; のようなテキストでなければなりません (指定: {channels})</translation>
    </message>
    <message>
        <source>channels must be &apos;color&apos;, &apos;all&apos; or letters from r, g, b, a (such as &apos;rb&apos;), got {channels}</source>
        <translation>channels は &apos;color&apos;、&apos;all&apos;、または r, g, b, a の文字 (&apos;rb&apos; など) でなければなりません (指定: {channels})</translation>
    </message>
    <message>
        <source>{name} must be between {low:g} and {high:g}, got {number:g}</source>
        <translation>{name} は {low:g} 〜 {high:g} でなければなりません (指定値: {number:g})</translation>
    </message>
    <message>
        <source>normalize must be true, false or &quot;gimp&quot;, got {value}</source>
        <translation>normalize は true、false、&quot;gimp&quot; のいずれかでなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>iterations must be between 1 and {max_iterations}, got {count}</source>
        <translation>iterations は 1 〜 {max_iterations} でなければなりません (指定値: {count})</translation>
    </message>
    <message>
        <source>anchor must be a (row, column) pair such as [1, 1], got {anchor}</source>
        <translation>anchor は [1, 1] のような (行, 列) の組でなければなりません (指定値: {anchor})</translation>
    </message>
    <message>
        <source>anchor ({row}, {col}) lies outside the {rows}×{cols} kernel (rows 0 to {last_row}, columns 0 to {last_col})</source>
        <translation>アンカー ({row}, {col}) は {rows}×{cols} のカーネル (行 0 〜 {last_row}、列 0 〜 {last_col}) の外にあります</translation>
    </message>
    <message>
        <source>an anchor is ROW,COL such as 1,1, got {text}</source>
        <translation>アンカーは 1,1 のような ROW,COL です (指定: {text})</translation>
    </message>
    <message>
        <source>an anchor&apos;s row and column are whole numbers, got {text}</source>
        <translation>アンカーの行と列は整数です (指定: {text})</translation>
    </message>
    <message>
        <source>an offset is a number such as 10, or one per channel such as 10,0,-5, got {text}</source>
        <translation>オフセットは 10 のような数値、または 10,0,-5 のようにチャンネルごとに 1 つずつです (指定: {text})</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} は true か false でなければなりません (指定値: {value})</translation>
    </message>
    <message>
        <source>momentum must be a number from 0 to just below 1, got {momentum!r}</source>
        <extracomment>Most updates one call of `Trainer.step` runs.</extracomment>
        <translation>momentum は 0 以上 1 未満の数値でなければなりません (指定値: {momentum!r})</translation>
    </message>
    <message>
        <source>count must be from 1 to {max_updates}, got {count}</source>
        <extracomment>weights = transform @ standardised weights, per system</extracomment>
        <translation>count は 1 〜 {max_updates} でなければなりません (指定値: {count})</translation>
    </message>
    <message>
        <source>the learning rate must be a number above 0, got {rate!r}</source>
        <translation>学習率は 0 より大きい数値でなければなりません (指定値: {rate!r})</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <extracomment>Where the old contents of a file that could not be read go when the store is next written. How many of the user&apos;s presets (or problems with them) a message lists by name. A presets file larger than this is not one the window wrote.</extracomment>
        <translation>プリセットには名前が必要です</translation>
    </message>
    <message>
        <source>a preset name may have at most {max_preset_name} characters</source>
        <translation>プリセット名は最大 {max_preset_name} 文字です</translation>
    </message>
    <message>
        <source>{name!r} is the name of a built-in preset; choose another name</source>
        <translation>{name!r} は組み込みプリセットの名前です。別の名前を選んでください</translation>
    </message>
    <message>
        <source>{path} is larger than {megabytes} MB; its presets were left out</source>
        <translation>{path} は {megabytes} MB を超えているため、そのプリセットは読み込みませんでした</translation>
    </message>
    <message>
        <source>cannot read {path}: not UTF-8 text</source>
        <translation>{path} を読み込めません: UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} を読み込めません: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a number a presets file may hold; use finite numbers</source>
        <translation>{name} はプリセットファイルに入れられる数値ではありません。有限の数値を使ってください</translation>
    </message>
    <message>
        <source>the presets file is nested too deeply to be a presets file</source>
        <translation>入れ子が深すぎてプリセットファイルとして扱えません</translation>
    </message>
    <message>
        <source>{path} is damaged ({exc}); its presets were left out</source>
        <translation>{path} は壊れているため ({exc})、そのプリセットは読み込みませんでした</translation>
    </message>
    <message>
        <source>{path} holds no list of presets; they were left out</source>
        <translation>{path} にプリセットのリストがないため、読み込みませんでした</translation>
    </message>
    <message>
        <source>cannot save the presets in {path}: {exc}</source>
        <translation>プリセットを {path} に保存できません: {exc}</translation>
    </message>
    <message>
        <source>expected a name and a kernel, got {entry}</source>
        <translation>名前とカーネルが必要です (指定: {entry})</translation>
    </message>
    <message>
        <source>{name} is there twice; the first was kept</source>
        <translation>{name} が 2 つあります。最初のものを残しました</translation>
    </message>
    <message>
        <source>a saved preset was left out: {exc}</source>
        <translation>保存したプリセットを 1 つ読み込みませんでした: {exc}</translation>
    </message>
    <message>
        <source>{count} more saved presets were left out</source>
        <translation>保存したプリセットをさらに {count} 個読み込みませんでした</translation>
    </message>
    <message>
        <source>{found!r} is your own preset, a fixed kernel; it takes no parameters, got {rest}</source>
        <translation>{found!r} はマイプリセット (固定のカーネル) で、パラメーターを取りません (指定: {rest})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほか {count} 個</translation>
    </message>
    <message>
        <source>unknown preset {name}; did you mean {close}? (presets: {presets}; yours: {yours}; &apos;kernelstudio presets&apos; lists them)</source>
        <translation>不明なプリセット {name}。{close} のことですか? (プリセット: {presets}、マイプリセット: {yours}。&apos;kernelstudio presets&apos; で一覧表示)</translation>
    </message>
    <message>
        <source>unknown preset {name} (presets: {presets}; yours: {yours}; &apos;kernelstudio presets&apos; lists them)</source>
        <translation>不明なプリセット {name} (プリセット: {presets}、マイプリセット: {yours}。&apos;kernelstudio presets&apos; で一覧表示)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
</context>
<context>
    <name>insight</name>
    <message>
        <source>flat areas go to 0 (black): responds to edges only</source>
        <translation>平坦な部分は 0 (黒) になる: エッジにだけ反応する</translation>
    </message>
    <message>
        <source>keeps brightness</source>
        <translation>明るさを保つ</translation>
    </message>
    <message>
        <source>inverts brightness: flat areas × {gain}</source>
        <translation>明るさを反転する: 平坦な部分 × {gain}</translation>
    </message>
    <message>
        <source>brightens by {percent}%</source>
        <translation>{percent}% 明るくする</translation>
    </message>
    <message>
        <source>darkens by {percent}%</source>
        <translation>{percent}% 暗くする</translation>
    </message>
    <message>
        <source>{count} pixel up</source>
        <translation>上に {count} ピクセル</translation>
    </message>
    <message>
        <source>{count} pixel down</source>
        <translation>下に {count} ピクセル</translation>
    </message>
    <message>
        <source>{count} pixel left</source>
        <translation>左に {count} ピクセル</translation>
    </message>
    <message>
        <source>{count} pixel right</source>
        <translation>右に {count} ピクセル</translation>
    </message>
    <message>
        <source>{count} pixels up</source>
        <translation>上に {count} ピクセル</translation>
    </message>
    <message>
        <source>{count} pixels down</source>
        <translation>下に {count} ピクセル</translation>
    </message>
    <message>
        <source>{count} pixels left</source>
        <translation>左に {count} ピクセル</translation>
    </message>
    <message>
        <source>{count} pixels right</source>
        <translation>右に {count} ピクセル</translation>
    </message>
    <message>
        <source>Blank: every pixel becomes 0 (black)</source>
        <translation>ブランク: すべてのピクセルが 0 (黒) になる</translation>
    </message>
    <message>
        <source>Identity: every pixel stays as it is</source>
        <translation>恒等: すべてのピクセルがそのまま</translation>
    </message>
    <message>
        <source>Scales every pixel by {weight}</source>
        <translation>すべてのピクセルを {weight} 倍する</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>Shifts the photo by {moves}</source>
        <translation>写真を{moves}ずらす</translation>
    </message>
    <message>
        <source>Shifts the photo by {moves}, scaled by {weight}</source>
        <translation>写真を{moves}ずらし、{weight} 倍する</translation>
    </message>
    <message>
        <source>Box blur: the plain average of a {rows}×{cols} square</source>
        <translation>ボックスぼかし: {rows}×{cols} の正方形の単純平均</translation>
    </message>
    <message>
        <source>Box blur: the plain average of a {rows}×{cols} rectangle</source>
        <translation>ボックスぼかし: {rows}×{cols} の長方形の単純平均</translation>
    </message>
    <message>
        <source>Blur (low-pass): a weighted average of the neighbourhood</source>
        <translation>ぼかし (ローパス): 近傍の加重平均</translation>
    </message>
    <message>
        <source>Inverted blur: minus a weighted average of the neighbourhood</source>
        <translation>反転ぼかし: 近傍の加重平均の符号を反転したもの</translation>
    </message>
    <message>
        <source>Edge detector for horizontal edges (brightness changing from top to bottom)</source>
        <translation>水平エッジの検出器 (上から下へ明るさが変わる所)</translation>
    </message>
    <message>
        <source>Edge detector for vertical edges (brightness changing from left to right)</source>
        <translation>垂直エッジの検出器 (左から右へ明るさが変わる所)</translation>
    </message>
    <message>
        <source>Edge detector for diagonal edges</source>
        <translation>斜めエッジの検出器</translation>
    </message>
    <message>
        <source>Laplacian-like edge detector: outlines edges in every direction</source>
        <translation>ラプラシアン型のエッジ検出器: あらゆる方向のエッジを縁取る</translation>
    </message>
    <message>
        <source>Edge detector (high-pass): flat areas go to 0, changes stand out</source>
        <translation>エッジ検出器 (ハイパス): 平坦な部分は 0 になり、変化が際立つ</translation>
    </message>
    <message>
        <source>Emboss: a directional edge added to the photo, so edges look raised</source>
        <translation>エンボス: 方向のあるエッジを写真に加え、エッジが浮き出て見える</translation>
    </message>
    <message>
        <source>Sharpen (high-boost): the photo plus its edges</source>
        <translation>シャープ (ハイブースト): 写真にそのエッジを加えたもの</translation>
    </message>
    <message>
        <source>Custom: a mix of positive and negative weights</source>
        <translation>カスタム: 正と負の重みの組み合わせ</translation>
    </message>
    <message>
        <source>mirror left-right</source>
        <translation>左右の鏡映</translation>
    </message>
    <message>
        <source>mirror top-bottom</source>
        <translation>上下の鏡映</translation>
    </message>
    <message>
        <source>180° rotation</source>
        <translation>180° 回転</translation>
    </message>
    <message>
        <source>transpose</source>
        <translation>転置</translation>
    </message>
    <message>
        <source>read as one row of {cols} values (1×{cols}); for a {side}×{side} kernel separate the rows with &apos;;&apos;, as in &quot;{example}&quot;</source>
        <extracomment>Square sizes whose weights, written on one row, are most likely a square with the row breaks forgotten: 3×3, 5×5 and 7×7.</extracomment>
        <translation>{cols} 個の値の 1 行 (1×{cols}) として読みました。{side}×{side} のカーネルにするには &quot;{example}&quot; のように行を &apos;;&apos; で区切ってください</translation>
    </message>
</context>
<context>
    <name>kernels</name>
    <message>
        <source>shared</source>
        <extracomment>Largest kernel side accepted anywhere (the window, recipes, the command line, the API). Largest weight magnitude; keeps every sum finite in float32 for any image and kernel size. Most channels a per-channel or cross-channel kernel has a slice for: RGBA and beyond. The kinds of kernel a step has, by the number of its dimensions (2, 3 and 4). Each kind as people say it: &quot;a kernel per channel&quot; (English; translated where shown).</extracomment>
        <translation>共通</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>チャンネルごと</translation>
    </message>
    <message>
        <source>across channels</source>
        <translation>チャンネル間</translation>
    </message>
</context>
<context>
    <name>learn</name>
    <message>
        <source> from each of {count} channels</source>
        <translation> ({count} チャンネルそれぞれから)</translation>
    </message>
    <message>
        <source>∞ dB (exact)</source>
        <translation>∞ dB (完全一致)</translation>
    </message>
    <message>
        <source>{psnr:.1f} dB</source>
        <translation>{psnr:.1f} dB</translation>
    </message>
    <message>
        <source>PSNR {decibels}, RMSE {rmse:.2f} levels, R² {r2:.4f}</source>
        <translation>PSNR {decibels}、RMSE {rmse:.2f} レベル、R² {r2:.4f}</translation>
    </message>
    <message>
        <source>after is clipped (0 or full scale) almost everywhere, which hides what a kernel made: {pixels:.0f} pixels are left to learn {unknowns} numbers from: R² {r2:.4f}</source>
        <extracomment>A fit leaving at most this RMSE (8-bit levels) needs no warning: rounding to 8 bits leaves about 0.3. Residuals whose neighbours correlate less than this are noise, not structure. A curve explaining this share of after&apos;s variance makes the effect a tone change. A phase-correlation peak above this is a shift of the whole picture. The side of the middle crop the extra fits and the alignment check look at. Another fit is &quot;better&quot; when it leaves at most this share of the error.</extracomment>
        <translation>処理後がほぼ全面でクリップ (0 または最大値) されており、カーネルの作用が隠れています: {unknowns} 個の数値を学習するのに残ったピクセルは {pixels:.0f} 個です: R² {r2:.4f}</translation>
    </message>
    <message>
        <source>before has too little detail to tell the kernel&apos;s weights apart (it pins down {rank} of the {unknowns} numbers), so this is one kernel of many that fit equally well: R² {r2:.4f}; learn from a photo with more detail, or a smaller size</source>
        <translation>処理前のディテールが少なすぎてカーネルの重みを区別できません ({unknowns} 個の数値のうち {rank} 個しか定まりません)。これは同じくらいよく当てはまる多くのカーネルの 1 つにすぎません: R² {r2:.4f}。ディテールの多い写真から学習するか、サイズを小さくしてください</translation>
    </message>
    <message>
        <source>R² {r2:.4f}, error {rmse:.1f} levels</source>
        <translation>R² {r2:.4f}、誤差 {rmse:.1f} レベル</translation>
    </message>
    <message>
        <source>{shift}, so no kernel of this size maps one to the other: {figures}</source>
        <translation>{shift}。そのため、このサイズのカーネルでは一方を他方に写せません: {figures}</translation>
    </message>
    <message>
        <source>the kernel fits inside the picture (error {inside:.1f} levels) but not near its edges: after was made with another border than {border}, or the two were cropped differently: {figures}</source>
        <translation>カーネルは画像の内側には当てはまります (誤差 {inside:.1f} レベル) が、端の近くでは当てはまりません: 処理後は {border} 以外の境界で作られたか、2 つの画像の切り抜き方が違います: {figures}</translation>
    </message>
    <message>
        <source>this looks like a tone change (a curve applied to every value), not a kernel: R² {r2:.4f} for the kernel, {tone:.4f} for a curve; use Curves or Levels in a photo editor instead</source>
        <translation>これはカーネルではなくトーンの変化 (すべての値にかけたカーブ) のようです: カーネルの R² は {r2:.4f}、カーブでは {tone:.4f}。代わりに写真編集ソフトのトーンカーブやレベル補正を使ってください</translation>
    </message>
    <message>
        <source>{better}: {figures}</source>
        <translation>{better}: {figures}</translation>
    </message>
    <message>
        <source>after looks unrelated to before: {figures}</source>
        <translation>処理後は処理前と無関係のようです: {figures}</translation>
    </message>
    <message>
        <source>after holds random noise that no kernel makes ({rmse:.1f} levels); the kernel is the best fit without it: R² {r2:.4f}</source>
        <translation>処理後にはどのカーネルも作らないランダムなノイズが含まれています ({rmse:.1f} レベル)。カーネルはそれを除いた最良の当てはめです: R² {r2:.4f}</translation>
    </message>
    <message>
        <source>the error left follows the picture&apos;s detail, so after looks made by a median-like or other non-linear filter (or saved with lossy compression), not by a kernel alone: {figures}</source>
        <translation>残った誤差が画像のディテールに沿っているため、処理後はカーネルだけでなく、メディアン風などの非線形フィルターで作られた (または非可逆圧縮で保存された) ようです: {figures}</translation>
    </message>
    <message>
        <source>the images do not line up: after is moved {rows} rows and {cols} columns against before</source>
        <translation>画像の位置が合っていません: 処理後は処理前に対して {rows} 行、{cols} 列ずれています</translation>
    </message>
    <message>
        <source>the images do not line up: parts of after are moved differently against before ({fewest_rows} to {most_rows} rows, {fewest_cols} to {most_cols} columns), as by a resize, turn or warp</source>
        <translation>画像の位置が合っていません: 処理後の部分ごとに処理前に対するずれが異なります ({fewest_rows} 〜 {most_rows} 行、{fewest_cols} 〜 {most_cols} 列)。リサイズ、回転、変形などによるものです</translation>
    </message>
    <message>
        <source>after mixes the colour channels, which this mode cannot: mode cross-channel fits it better</source>
        <translation>処理後はカラーチャンネルを混ぜていますが、このモードではできません: モード cross-channel のほうがよく当てはまります</translation>
    </message>
    <message>
        <source>a larger kernel fits clearly better: try size {rows}×{cols} or more</source>
        <translation>もっと大きなカーネルのほうが明らかによく当てはまります: サイズ {rows}×{cols} 以上を試してください</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>{name}: only the first {max_frames} of {count} frames were written</source>
        <extracomment>Output formats that hold several frames: animated PNG, WebP and AVIF, multi-page TIFF. The most frames a photo is read with: 40 s of a 25-frame-a-second animation, more pages than a scanned document has. Pillow&apos;s TIFF writer takes time that grows as the square of the pages (1000 pages in 1.5 s, 2000 in 4.5 s): the limit keeps any save short. The longest WebP frame, in milliseconds: its duration has 24 bits. The longest WebP animation, in milliseconds: libwebp&apos;s timestamps are C ints. Milliseconds each frame is shown, the first frame&apos;s first. Times the animation plays; 0 is forever.</extracomment>
        <translation>{name}: {count} フレームのうち最初の {max_frames} フレームだけを書き込みました</translation>
    </message>
    <message>
        <source>{name} holds one frame; only the first of {count} was written</source>
        <translation>{name} は 1 フレームしか保持できません。{count} フレームのうち最初のものだけを書き込みました</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; CMYK photos are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} はチャンネルあたり 16 ビットです。CMYK の写真は 8 ビットで編集・書き出しされるため、余分な精度は失われます</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; animated PNGs are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} はチャンネルあたり 16 ビットです。アニメーション PNG は 8 ビットで編集・書き出しされるため、余分な精度は失われます</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; TIFFs compressed as {compression} are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} はチャンネルあたり 16 ビットです。{compression} で圧縮された TIFF は 8 ビットで編集・書き出しされるため、余分な精度は失われます</translation>
    </message>
    <message>
        <source>{name} is CMYK; it is shown, filtered and exported as RGB</source>
        <translation>{name} は CMYK です。RGB として表示、フィルター処理、書き出しされます</translation>
    </message>
    <message>
        <source>{name} has more than {max_frames} frames; only the first {max_frames} are edited and written</source>
        <translation>{name} は {max_frames} フレームを超えています。最初の {max_frames} フレームだけを編集・書き込みします</translation>
    </message>
    <message>
        <source>{name}: {kind} could not hold this photo&apos;s camera settings and GPS (EXIF sub-blocks); they were left out</source>
        <translation>{name}: {kind} にはこの写真のカメラ設定と GPS (EXIF のサブブロック) を保存できないため、省きました</translation>
    </message>
    <message>
        <source>{name}: an animated PNG is written at 8 bits per channel; the 16-bit values were rounded to the nearest of 256 levels</source>
        <translation>{name}: アニメーション PNG はチャンネルあたり 8 ビットで書き込まれます。16 ビットの値は 256 段階のうち最も近い値に丸められました</translation>
    </message>
    <message>
        <source>{name}: {kind} holds 8 bits per channel; the 16-bit values were rounded to the nearest of 256 levels</source>
        <translation>{name}: {kind} はチャンネルあたり 8 ビットです。16 ビットの値は 256 段階のうち最も近い値に丸められました</translation>
    </message>
    <message>
        <source>{name}: {kind} could not hold this photo&apos;s EXIF data; it was written without it</source>
        <translation>{name}: {kind} にはこの写真の EXIF データを保存できないため、EXIF なしで書き込みました</translation>
    </message>
    <message>
        <source>{name}: the pages differ in size or kind, which an animated {kind} cannot hold; only the first of {frames} was written</source>
        <translation>{name}: ページごとにサイズや種類が異なり、アニメーション {kind} では保持できないため、{frames} ページのうち最初のものだけを書き込みました</translation>
    </message>
    <message>
        <source>{name}: the EXIF data given is damaged; it was written without it</source>
        <translation>{name}: 渡された EXIF データが壊れているため、EXIF なしで書き込みました</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Blur</source>
        <extracomment>The families presets are filed under, in the order the window shows them. Titles, docs, sources, families and parameter docs are English (context &quot;presets&quot;), translated where shown.</extracomment>
        <translation>ぼかし</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>シャープ</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>odd</source>
        <translation>奇数</translation>
    </message>
    <message>
        <source>side of the kernel in pixels</source>
        <translation>カーネルの一辺 (ピクセル)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>spread in pixels; 0 picks it from the size</source>
        <translation>広がり (ピクセル)。0 ならサイズから決める</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>the side that must be brighter for a positive response</source>
        <translation>正の応答になるために明るくなければならない側</translation>
    </message>
    <message>
        <source>setosa.io Image Kernels</source>
        <translation>setosa.io Image Kernels</translation>
    </message>
    <message>
        <source>centre weight</source>
        <translation>中央の重み</translation>
    </message>
    <message>
        <source>weight of the four neighbours</source>
        <translation>上下左右 4 近傍の重み</translation>
    </message>
    <message>
        <source>A small 3×3 weighted average.</source>
        <translation>小さな 3×3 の加重平均。</translation>
    </message>
    <message>
        <source>inner</source>
        <translation>内側</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>辺</translation>
    </message>
    <message>
        <source>corner</source>
        <translation>隅</translation>
    </message>
    <message>
        <source>weight of the four corners</source>
        <translation>四隅の重み</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>ボックスぼかし</translation>
    </message>
    <message>
        <source>The plain average of a square.</source>
        <translation>正方形の単純平均。</translation>
    </message>
    <message>
        <source>OpenCV blur (normalised box filter)</source>
        <translation>OpenCV blur (正規化ボックスフィルター)</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>ガウスぼかし</translation>
    </message>
    <message>
        <source>A smooth blur with OpenCV&apos;s Gaussian.</source>
        <translation>OpenCV のガウシアンによる滑らかなぼかし。</translation>
    </message>
    <message>
        <source>OpenCV getGaussianKernel</source>
        <translation>OpenCV getGaussianKernel</translation>
    </message>
    <message>
        <source>Binomial</source>
        <translation>二項</translation>
    </message>
    <message>
        <source>Pascal&apos;s triangle times itself: a Gaussian in whole numbers.</source>
        <translation>パスカルの三角形どうしの積: 整数によるガウシアン。</translation>
    </message>
    <message>
        <source>ImageMagick Binomial</source>
        <translation>ImageMagick Binomial</translation>
    </message>
    <message>
        <source>Lens blur</source>
        <translation>レンズぼかし</translation>
    </message>
    <message>
        <source>A disk, as an out-of-focus lens blurs; rim cells weigh the part of them inside the circle.</source>
        <translation>ピンぼけのレンズのような円盤。外周のセルは円の内側にある部分の割合で重み付け。</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <source>radius of the disk in pixels</source>
        <translation>円盤の半径 (ピクセル)</translation>
    </message>
    <message>
        <source>ImageMagick Disk, with area-weighted rim cells</source>
        <translation>ImageMagick Disk (外周セルを面積で重み付け)</translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation>モーションぼかし</translation>
    </message>
    <message>
        <source>Smears along a line, as a moving camera does.</source>
        <translation>動いているカメラのように線に沿ってぶれさせる。</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>length of the smear in pixels</source>
        <translation>ぶれの長さ (ピクセル)</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <source>degrees counter-clockwise from horizontal</source>
        <translation>水平から反時計回りの角度 (度)</translation>
    </message>
    <message>
        <source>kernelstudio (an antialiased line)</source>
        <translation>kernelstudio (アンチエイリアスした線)</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>スムーズ</translation>
    </message>
    <message>
        <source>Pillow&apos;s SMOOTH: a centre-weighted 3×3 average (divisor 13).</source>
        <translation>Pillow の SMOOTH: 中央を重くした 3×3 の平均 (除数 13)。</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.SMOOTH</source>
        <translation>Pillow ImageFilter.SMOOTH</translation>
    </message>
    <message>
        <source>Smooth more</source>
        <translation>スムーズ (強)</translation>
    </message>
    <message>
        <source>Pillow&apos;s SMOOTH_MORE: a centre-weighted 5×5 average (divisor 100).</source>
        <translation>Pillow の SMOOTH_MORE: 中央を重くした 5×5 の平均 (除数 100)。</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.SMOOTH_MORE</source>
        <translation>Pillow ImageFilter.SMOOTH_MORE</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Leaves the photo as it is (scaled by iden).</source>
        <translation>写真をそのままにする (iden 倍)。</translation>
    </message>
    <message>
        <source>iden</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Boosts each pixel against its four neighbours.</source>
        <translation>各ピクセルを上下左右の 4 近傍に対して強調する。</translation>
    </message>
    <message>
        <source>Unsharp mask</source>
        <translation>アンシャープマスク</translation>
    </message>
    <message>
        <source>Adds back the difference from a Gaussian blur.</source>
        <translation>ガウスぼかしとの差分を足し戻す。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>量</translation>
    </message>
    <message>
        <source>how much of the detail to add</source>
        <translation>加えるディテールの量</translation>
    </message>
    <message>
        <source>textbook unsharp mask, with OpenCV&apos;s Gaussian</source>
        <translation>教科書どおりのアンシャープマスク (OpenCV のガウシアン)</translation>
    </message>
    <message>
        <source>Edge enhance</source>
        <translation>エッジ強調</translation>
    </message>
    <message>
        <source>Pillow&apos;s EDGE_ENHANCE; 9 is EDGE_ENHANCE_MORE.</source>
        <translation>Pillow の EDGE_ENHANCE。9 で EDGE_ENHANCE_MORE。</translation>
    </message>
    <message>
        <source>center</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>centre weight (sum is center - 8)</source>
        <translation>中央の重み (合計は center - 8)</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.EDGE_ENHANCE, EDGE_ENHANCE_MORE</source>
        <translation>Pillow ImageFilter.EDGE_ENHANCE、EDGE_ENHANCE_MORE</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ディテール</translation>
    </message>
    <message>
        <source>Pillow&apos;s DETAIL: a gentle sharpen (divisor 6).</source>
        <translation>Pillow の DETAIL: 穏やかなシャープ (除数 6)。</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.DETAIL</source>
        <translation>Pillow ImageFilter.DETAIL</translation>
    </message>
    <message>
        <source>Sobel</source>
        <translation>Sobel</translation>
    </message>
    <message>
        <source>Responds to edges facing one direction.</source>
        <translation>一方向を向いたエッジに反応する。</translation>
    </message>
    <message>
        <source>weight of the middle taps</source>
        <translation>中央のタップの重み</translation>
    </message>
    <message>
        <source>weight of the corner taps</source>
        <translation>隅のタップの重み</translation>
    </message>
    <message>
        <source>OpenCV Sobel (ksize 3); setosa.io Image Kernels</source>
        <translation>OpenCV Sobel (ksize 3)、setosa.io Image Kernels</translation>
    </message>
    <message>
        <source>Prewitt</source>
        <translation>Prewitt</translation>
    </message>
    <message>
        <source>Sobel&apos;s edges with equal weights: flatter, noisier.</source>
        <translation>重みを均等にした Sobel のエッジ: より平坦で、ノイズが多い。</translation>
    </message>
    <message>
        <source>ImageMagick Prewitt</source>
        <translation>ImageMagick Prewitt</translation>
    </message>
    <message>
        <source>Scharr</source>
        <translation>Scharr</translation>
    </message>
    <message>
        <source>Sobel&apos;s edges with weights that treat every angle more alike.</source>
        <translation>どの角度もより均等に扱う重みにした Sobel のエッジ。</translation>
    </message>
    <message>
        <source>OpenCV Scharr</source>
        <translation>OpenCV Scharr</translation>
    </message>
    <message>
        <source>Kirsch</source>
        <translation>Kirsch</translation>
    </message>
    <message>
        <source>A compass edge: 5 on the three cells facing a direction, -3 on the rest.</source>
        <translation>コンパスエッジ: ある方向を向いた 3 セルに 5、残りに -3。</translation>
    </message>
    <message>
        <source>the side or corner that must be brighter for a positive response</source>
        <translation>正の応答になるために明るくなければならない辺または角</translation>
    </message>
    <message>
        <source>ImageMagick Kirsch</source>
        <translation>ImageMagick Kirsch</translation>
    </message>
    <message>
        <source>Roberts</source>
        <translation>Roberts</translation>
    </message>
    <message>
        <source>The smallest edge detector: a 2×2 diagonal difference.</source>
        <translation>最小のエッジ検出器: 2×2 の対角差分。</translation>
    </message>
    <message>
        <source>the corner that must be brighter for a positive response</source>
        <translation>正の応答になるために明るくなければならない角</translation>
    </message>
    <message>
        <source>Roberts cross (1963), as ImageMagick Roberts</source>
        <translation>Roberts クロス (1963)、ImageMagick の Roberts と同じ</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>ラプラシアン</translation>
    </message>
    <message>
        <source>-1 around a centre that balances them: edges only. Size 3 is the 8-neighbour Laplacian (square) or the 4-neighbour one (cross).</source>
        <translation>-1 で囲み、中央でそれを打ち消す: エッジのみ。サイズ 3 では 8 近傍のラプラシアン (square) または 4 近傍のもの (cross)。</translation>
    </message>
    <message>
        <source>form</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>十字</translation>
    </message>
    <message>
        <source>square: -1 on every other cell; cross: on the middle row and column</source>
        <translation>square: 中央以外のすべてのセルに -1。cross: 中央の行と列だけに -1</translation>
    </message>
    <message>
        <source>ImageMagick Laplacian:0 (square) and :1 (cross), at size 3</source>
        <translation>ImageMagick Laplacian:0 (square) と :1 (cross)、サイズ 3 の場合</translation>
    </message>
    <message>
        <source>LoG</source>
        <translation>LoG</translation>
    </message>
    <message>
        <source>Laplacian of Gaussian: edges at one scale, as a Mexican hat; positive weights sum to 1, negative to -1.</source>
        <translation>ガウシアンのラプラシアン: メキシカンハットのように 1 つのスケールのエッジを捉える。正の重みの合計は 1、負の重みの合計は -1。</translation>
    </message>
    <message>
        <source>spread of the Gaussian in pixels; the kernel holds both signs only while sigma &lt; (size − 1) / 2, and blurs beyond</source>
        <translation>ガウシアンの広がり (ピクセル)。カーネルが正負両方の符号を持つのは sigma &lt; (size − 1) / 2 のときだけで、それを超えるとぼかしになる</translation>
    </message>
    <message>
        <source>ImageMagick LoG</source>
        <translation>ImageMagick LoG</translation>
    </message>
    <message>
        <source>DoG</source>
        <translation>DoG</translation>
    </message>
    <message>
        <source>Difference of Gaussians: the blur at sigma1 minus the one at sigma2; positive weights sum to 1, negative to -1.</source>
        <translation>ガウシアンの差分: sigma1 のぼかしから sigma2 のぼかしを引く。正の重みの合計は 1、負の重みの合計は -1。</translation>
    </message>
    <message>
        <source>spread of the positive Gaussian in pixels</source>
        <translation>正のガウシアンの広がり (ピクセル)</translation>
    </message>
    <message>
        <source>sigma1</source>
        <translation>sigma1</translation>
    </message>
    <message>
        <source>spread of the negative Gaussian in pixels</source>
        <translation>負のガウシアンの広がり (ピクセル)</translation>
    </message>
    <message>
        <source>sigma2</source>
        <translation>sigma2</translation>
    </message>
    <message>
        <source>ImageMagick DoG, with OpenCV&apos;s Gaussians</source>
        <translation>ImageMagick DoG (OpenCV のガウシアンを使用)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Highlights large differences between neighbours.</source>
        <translation>近傍との大きな差を強調する。</translation>
    </message>
    <message>
        <source>outer</source>
        <translation>外側</translation>
    </message>
    <message>
        <source>weight of the eight neighbours</source>
        <translation>8 近傍の重み</translation>
    </message>
    <message>
        <source>Find edges</source>
        <translation>エッジ検出</translation>
    </message>
    <message>
        <source>Pillow&apos;s FIND_EDGES: bright lines on black where the photo has edges.</source>
        <translation>Pillow の FIND_EDGES: 写真のエッジのある所に黒地に明るい線。</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.FIND_EDGES</source>
        <translation>Pillow ImageFilter.FIND_EDGES</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>エンボス</translation>
    </message>
    <message>
        <source>Makes edges look raised, lit from the top left.</source>
        <translation>左上から照らしたようにエッジを浮き出させる。</translation>
    </message>
    <message>
        <source>diag</source>
        <translation>対角</translation>
    </message>
    <message>
        <source>weight of the diagonal corners</source>
        <translation>対角の隅の重み</translation>
    </message>
    <message>
        <source>weight of the centre and its neighbours</source>
        <translation>中央とその近傍の重み</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>輪郭線</translation>
    </message>
    <message>
        <source>Pillow&apos;s CONTOUR: dark lines on white where the photo has edges (offset 255).</source>
        <translation>Pillow の CONTOUR: 写真のエッジのある所に白地に暗い線 (オフセット 255)。</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.CONTOUR</source>
        <translation>Pillow ImageFilter.CONTOUR</translation>
    </message>
    <message>
        <source>Gabor</source>
        <translation>ガボール</translation>
    </message>
    <message>
        <source>Stripes under a Gaussian: responds to texture at one angle and spacing, like a CNN&apos;s first layer.</source>
        <translation>ガウシアンをかけた縞模様: CNN の第 1 層のように、1 つの角度と間隔のテクスチャに反応する。</translation>
    </message>
    <message>
        <source>spread of the Gaussian in pixels</source>
        <translation>ガウシアンの広がり (ピクセル)</translation>
    </message>
    <message>
        <source>degrees, as OpenCV&apos;s theta: 0 upright stripes, 90 level ones, turning clockwise</source>
        <translation>角度 (度、OpenCV の theta と同じ): 0 で縦縞、90 で横縞、時計回り</translation>
    </message>
    <message>
        <source>theta</source>
        <translation>theta</translation>
    </message>
    <message>
        <source>lambda</source>
        <translation>lambda</translation>
    </message>
    <message>
        <source>wavelength of the stripes in pixels</source>
        <translation>縞の波長 (ピクセル)</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <source>aspect: below 1 the stripes are longer than the Gaussian is wide</source>
        <translation>アスペクト比: 1 未満では縞がガウシアンの幅より長くなる</translation>
    </message>
    <message>
        <source>phase in degrees: 0 a bright centre stripe, 90 an edge</source>
        <translation>位相 (度): 0 で中央が明るい縞、90 でエッジ</translation>
    </message>
    <message>
        <source>psi</source>
        <translation>psi</translation>
    </message>
    <message>
        <source>OpenCV getGaborKernel (theta and psi in degrees)</source>
        <translation>OpenCV getGaborKernel (theta と psi は度単位)</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>The four sides, in the order the Sobel preset has always offered them.</extracomment>
        <translation>上</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>top_left</source>
        <extracomment>The four corners, for Roberts&apos; diagonal differences.</extracomment>
        <translation>左上</translation>
    </message>
    <message>
        <source>top_right</source>
        <translation>右上</translation>
    </message>
    <message>
        <source>bottom_left</source>
        <translation>左下</translation>
    </message>
    <message>
        <source>bottom_right</source>
        <translation>右下</translation>
    </message>
</context>
<context>
    <name>slices</name>
    <message>
        <source>Shared</source>
        <extracomment>The kinds of kernel the window offers: (label, `Step.kind`); the labels are shown translated (context &quot;slices&quot;).</extracomment>
        <translation>共通</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>チャンネルごと</translation>
    </message>
    <message>
        <source>Across channels</source>
        <translation>チャンネル間</translation>
    </message>
</context>
</TS>
