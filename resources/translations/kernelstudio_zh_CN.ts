<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Created by someone else (the undo stack); only named, keyed and placed here. The menus, by key, in the menu bar&apos;s order.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>卷积核(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation>打开照片</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the full-resolution result</source>
        <translation>导出全分辨率结果</translation>
    </message>
    <message>
        <source>&amp;Save Recipe…</source>
        <translation>保存配方(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the stack as a recipe</source>
        <translation>将堆栈保存为配方</translation>
    </message>
    <message>
        <source>&amp;Load Recipe…</source>
        <translation>载入配方(&amp;L)…</translation>
    </message>
    <message>
        <source>Replace the stack with a saved recipe</source>
        <translation>用已保存的配方替换堆栈</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit kernelstudio</source>
        <translation>退出 kernelstudio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Copy Step as C&amp;ode…</source>
        <translation>将步骤复制为代码(&amp;O)…</translation>
    </message>
    <message>
        <source>Copy as code: the selected step as an OpenCV, SciPy, PyTorch or ImageMagick script</source>
        <translation>复制为代码：将所选步骤写成 OpenCV、SciPy、PyTorch 或 ImageMagick 脚本</translation>
    </message>
    <message>
        <source>Copy Stack as Co&amp;de…</source>
        <translation>将堆栈复制为代码(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy as code: the whole stack as an OpenCV, SciPy, PyTorch or ImageMagick script</source>
        <translation>复制为代码：将整个堆栈写成 OpenCV、SciPy、PyTorch 或 ImageMagick 脚本</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>The largest photo to open; metadata on export; the language</source>
        <translation>可打开的最大照片、导出时的元数据、界面语言</translation>
    </message>
    <message>
        <source>&amp;Cancel Work</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the filtering, opening or export running</source>
        <translation>停止正在进行的滤波、打开或导出</translation>
    </message>
    <message>
        <source>&amp;Import kernel…</source>
        <translation>导入卷积核(&amp;I)…</translation>
    </message>
    <message>
        <source>Import kernel: a Photoshop Custom filter (.acf) or kernel text into the selected step</source>
        <translation>导入卷积核：将 Photoshop 自定滤镜（.acf）或卷积核文本导入所选步骤</translation>
    </message>
    <message>
        <source>E&amp;xport kernel…</source>
        <translation>导出卷积核(&amp;X)…</translation>
    </message>
    <message>
        <source>Export kernel: the selected step&apos;s kernel as a Photoshop Custom filter (.acf) or kernel text</source>
        <translation>导出卷积核：将所选步骤的卷积核导出为 Photoshop 自定滤镜（.acf）或卷积核文本</translation>
    </message>
    <message>
        <source>&amp;Learn from example…</source>
        <translation>从示例学习(&amp;L)…</translation>
    </message>
    <message>
        <source>Learn from example: the kernel that turns the photo into an image you have</source>
        <translation>从示例学习：求出能把照片变成你手头某张图像的卷积核</translation>
    </message>
    <message>
        <source>&amp;Train like a CNN…</source>
        <translation>像 CNN 一样训练(&amp;T)…</translation>
    </message>
    <message>
        <source>Train like a CNN: watch gradient descent find a kernel from random weights</source>
        <translation>像 CNN 一样训练：观看梯度下降从随机权重出发找到卷积核</translation>
    </message>
    <message>
        <source>&amp;Split View</source>
        <translation>拆分视图(&amp;S)</translation>
    </message>
    <message>
        <source>Before on the left of the line, after on the right (hold \ for the original)</source>
        <translation>分割线左侧为处理前，右侧为处理后（按住 \ 查看原图）</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the photo in the window</source>
        <translation>让照片适合窗口大小</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel</source>
        <translation>一个照片像素对应一个屏幕像素</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>Getting started: what a kernel is, and the first minute</source>
        <translation>入门：什么是卷积核，以及如何在第一分钟上手</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: every key the window answers to</source>
        <translation>键盘快捷键：窗口响应的所有按键</translation>
    </message>
    <message>
        <source>&amp;About kernelstudio</source>
        <translation>关于 kernelstudio(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Photos opened lately</source>
        <translation>最近打开的照片</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Autosave is off: {folder} cannot be made or written ({error}).</source>
        <extracomment>The session is saved this long after the last edit, and at least this often.</extracomment>
        <translation>自动保存已关闭：无法创建或写入 {folder}（{error}）。</translation>
    </message>
    <message>
        <source>the sessions folder</source>
        <translation>会话文件夹</translation>
    </message>
    <message>
        <source>Could not autosave the session: {error}</source>
        <translation>无法自动保存会话：{error}</translation>
    </message>
    <message>
        <source>Autosaved sessions</source>
        <translation>自动保存的会话</translation>
    </message>
    <message>
        <source>the stack of 1 step and the photo {photo}</source>
        <translation>含 1 个步骤的堆栈和照片 {photo}</translation>
    </message>
    <message>
        <source>the stack of {count} steps and the photo {photo}</source>
        <translation>含 {count} 个步骤的堆栈和照片 {photo}</translation>
    </message>
    <message>
        <source>the stack of 1 step</source>
        <translation>含 1 个步骤的堆栈</translation>
    </message>
    <message>
        <source>the stack of {count} steps</source>
        <translation>含 {count} 个步骤的堆栈</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>恢复上次的会话？</translation>
    </message>
    <message>
        <source>kernelstudio did not close normally (last saved {when}). Restore {what}?</source>
        <translation>kernelstudio 上次未正常关闭（最后保存：{when}）。要恢复{what}吗？</translation>
    </message>
    <message>
        <source> If you restore it, the sessions not yet offered are kept for the next start.</source>
        <translation>如果恢复，尚未询问的其他会话会保留到下次启动。</translation>
    </message>
    <message>
        <source>Restore a session? ({number} of {total})</source>
        <translation>恢复会话？（第 {number} 个，共 {total} 个）</translation>
    </message>
    <message>
        <source>{total} kernelstudio windows did not close normally; this one was last saved {when}. Restore {what}?</source>
        <translation>有 {total} 个 kernelstudio 窗口未正常关闭；此窗口最后保存：{when}。要恢复{what}吗？</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <source>The session&apos;s photo {photo} is gone; its stack is restored on the photo open now.</source>
        <translation>会话中的照片 {photo} 已不存在；其堆栈已恢复到当前打开的照片上。</translation>
    </message>
    <message>
        <source>The lock of the autosaved session {session} is not a lock file ({reason}) and could not be renamed ({error}); that session is left as it is.</source>
        <translation>自动保存的会话 {session} 的锁不是锁文件（{reason}），且无法重命名（{error}）；该会话保持原样。</translation>
    </message>
    <message>
        <source>The lock of the autosaved session {session} was not a lock file ({reason}); it was renamed {aside} in {folder}, and the window opened as usual.</source>
        <translation>自动保存的会话 {session} 的锁不是锁文件（{reason}）；已在 {folder} 中将其重命名为 {aside}，窗口照常打开。</translation>
    </message>
    <message>
        <source>The autosaved session {path} is damaged ({error}) and could not be renamed ({why}); it is left as it is.</source>
        <translation>自动保存的会话 {path} 已损坏（{error}），且无法重命名（{why}）；该会话保持原样。</translation>
    </message>
    <message>
        <source>The autosaved session {session} could not be read ({error}); it was renamed {aside} in {folder}, and the window opened as usual.</source>
        <translation>无法读取自动保存的会话 {session}（{error}）；已在 {folder} 中将其重命名为 {aside}，窗口照常打开。</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Photo canvas</source>
        <translation>照片画布</translation>
    </message>
    <message>
        <source>The photo: wheel to zoom, drag to pan, drag the line to compare; hold \ to see the original</source>
        <translation>照片：滚轮缩放，拖动平移，拖动分割线对比；按住 \ 查看原图</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>处理前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>处理后</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Copy as code</source>
        <extracomment>After an edit, how long the stack must stay as it is before the script is written again (in ms): a slider being dragged would otherwise rewrite a large kernel&apos;s script each step.</extracomment>
        <translation>复制为代码</translation>
    </message>
    <message>
        <source>Library: what the script is written for</source>
        <translation>库：脚本所针对的库</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>库(&amp;L)：</translation>
    </message>
    <message>
        <source>Selected &amp;step</source>
        <translation>所选步骤(&amp;S)</translation>
    </message>
    <message>
        <source>Selected step: only the step chosen in the stack</source>
        <translation>所选步骤：仅堆栈中选中的那个步骤</translation>
    </message>
    <message>
        <source>Whole s&amp;tack</source>
        <translation>整个堆栈(&amp;T)</translation>
    </message>
    <message>
        <source>Whole stack: every enabled step, in order</source>
        <translation>整个堆栈：所有已启用的步骤，按顺序</translation>
    </message>
    <message>
        <source>How to run it: the file to save it as, and what it needs</source>
        <translation>运行方法：保存用的文件名及所需依赖</translation>
    </message>
    <message>
        <source>Code: the script, as Copy puts it on the clipboard</source>
        <translation>代码：“复制”放到剪贴板上的脚本</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy: put the script on the clipboard</source>
        <translation>复制：将脚本放到剪贴板上</translation>
    </message>
    <message>
        <source>Copied: what Copy did</source>
        <translation>已复制：“复制”的结果</translation>
    </message>
    <message>
        <source>Save it as {file} and run: {run}   (it needs: {needs})</source>
        <translation>另存为 {file} 并运行：{run}   （需要：{needs}）</translation>
    </message>
    <message>
        <source>No code to show: {error}.</source>
        <translation>没有可显示的代码：{error}。</translation>
    </message>
    <message>
        <source>Copied {count} lines of {library} code.</source>
        <translation>已复制 {count} 行 {library} 代码。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>A stack holds at most {count} steps; remove one first.</source>
        <extracomment>What Add puts in the stack, and what the greyed options show with no step selected. The selected step, what it holds, or the slice of it on show changed: controls showing it must refresh. An edit was not made; the text says why, for the status bar.</extracomment>
        <translation>一个堆栈最多容纳 {count} 个步骤；请先删除一个。</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>删除“{title}”</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>移动“{title}”</translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <source>the error output (the app-data folder {folder} cannot hold a log: {error})</source>
        <extracomment>The libraries whose log lines go to the same file.</extracomment>
        <translation>错误输出（应用数据文件夹 {folder} 无法存放日志：{error}）</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <source>Sobel, four directions</source>
        <extracomment>The banks offered, by key: what the menu says (translated as the menu is filled).</extracomment>
        <translation>Sobel，四个方向</translation>
    </message>
    <message>
        <source>Outline, emboss, sharpen, blur</source>
        <translation>轮廓、浮雕、锐化、模糊</translation>
    </message>
    <message>
        <source>Every preset</source>
        <translation>全部预设</translation>
    </message>
    <message>
        <source>The steps of the stack, each on its own</source>
        <translation>堆栈中的各个步骤，分别显示</translation>
    </message>
    <message>
        <source>{title}, slice {slice}</source>
        <translation>{title}，切片 {slice}</translation>
    </message>
    <message>
        <source>Sobel {direction}</source>
        <translation>Sobel {direction}</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <extracomment>Emitted when new tiles are on show (tests wait for it).</extracomment>
        <translation>特征图</translation>
    </message>
    <message>
        <source>A bank of kernels on the photo, side by side, as a CNN layer sees it</source>
        <translation>一组卷积核并排作用于照片，如同 CNN 的一层所见</translation>
    </message>
    <message>
        <source>Bank: the kernels to compare</source>
        <translation>卷积核组：要比较的卷积核</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>ReLU: set negative responses to 0, as a CNN does</source>
        <translation>ReLU：像 CNN 一样把负响应置为 0</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>Stride: keep every n-th pixel of each map</source>
        <translation>步幅：每张特征图每隔 n 个像素保留一个</translation>
    </message>
    <message>
        <source>2×2 max-pool</source>
        <translation>2×2 最大池化</translation>
    </message>
    <message>
        <source>Max-pool: keep the largest value of each 2×2 block</source>
        <translation>最大池化：保留每个 2×2 块中的最大值</translation>
    </message>
    <message>
        <source>What the tiles show</source>
        <translation>图块显示的内容</translation>
    </message>
    <message>
        <source>Feature maps: click one to add its kernel to the stack</source>
        <translation>特征图：点击其中一张，将其卷积核加入堆栈</translation>
    </message>
    <message>
        <source>The stack is empty: add steps to compare them.</source>
        <translation>堆栈为空：请先添加步骤再比较。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>{title}: {width}×{height}, values {low} to {high}. Click to add it to the stack.</source>
        <translation>{title}：{width}×{height}，取值 {low} 至 {high}。点击将其加入堆栈。</translation>
    </message>
    <message>
        <source>Photo in grey at {width}×{height}; red &gt; 0, blue &lt; 0</source>
        <translation>灰度照片，{width}×{height}；红色 &gt; 0，蓝色 &lt; 0</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>添加“{title}”</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>图像 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Recipes (*.json)</source>
        <translation>配方 (*.json)</translation>
    </message>
    <message>
        <source>Photoshop Custom filters (*.acf)</source>
        <translation>Photoshop 自定滤镜 (*.acf)</translation>
    </message>
    <message>
        <source>Kernel text (*.txt)</source>
        <translation>卷积核文本 (*.txt)</translation>
    </message>
    <message>
        <source>Kernels (*.acf *.txt)</source>
        <translation>卷积核 (*.acf *.txt)</translation>
    </message>
    <message>
        <source>Cannot open photo</source>
        <extracomment>The dialog&apos;s title when a job of each kind fails (translated where shown).</extracomment>
        <translation>无法打开照片</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Cannot load recipe</source>
        <translation>无法载入配方</translation>
    </message>
    <message>
        <source>Cannot import the kernel</source>
        <translation>无法导入卷积核</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before opening another photo?</source>
        <extracomment>What `confirm_discard` asks, by what is about to happen.</extracomment>
        <translation>堆栈有尚未保存到配方的更改。打开另一张照片之前要保存吗？</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before loading a recipe?</source>
        <translation>堆栈有尚未保存到配方的更改。载入配方之前要保存吗？</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before opening what was dropped?</source>
        <translation>堆栈有尚未保存到配方的更改。打开拖入的文件之前要保存吗？</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before closing?</source>
        <translation>堆栈有尚未保存到配方的更改。关闭之前要保存吗？</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <extracomment>A photo finished loading and is shown. An export was written. A recipe was read and is now the stack. A kernel file was read into the selected step (or a new one). The selected step&apos;s kernel was written to a kernel file.</extracomment>
        <translation>正在打开 {file}…</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>打开照片</translation>
    </message>
    <message>
        <source>{file} — kernelstudio</source>
        <translation>{file} — kernelstudio</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已打开 {path}</translation>
    </message>
    <message>
        <source>About this photo</source>
        <translation>关于此照片</translation>
    </message>
    <message>
        <source> (Edit ▸ Preferences sets the limit)</source>
        <translation>（可在“编辑 ▸ 首选项”中设置上限）</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Replace the original?</source>
        <translation>替换原图？</translation>
    </message>
    <message>
        <source>{path} is the photo you opened. Replace it with the result? The original cannot be brought back.</source>
        <translation>{path} 是你打开的照片。要用结果替换它吗？原图将无法恢复。</translation>
    </message>
    <message>
        <source>Export quality</source>
        <translation>导出质量</translation>
    </message>
    <message>
        <source>{format} quality (1 to 100):</source>
        <translation>{format} 质量（1 到 100）：</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <source>About this export</source>
        <translation>关于此次导出</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>保存配方</translation>
    </message>
    <message>
        <source>Cannot save recipe</source>
        <translation>无法保存配方</translation>
    </message>
    <message>
        <source>Saved recipe {path}</source>
        <translation>已保存配方 {path}</translation>
    </message>
    <message>
        <source>Load recipe</source>
        <translation>载入配方</translation>
    </message>
    <message>
        <source>Loading recipe {file}…</source>
        <translation>正在载入配方 {file}…</translation>
    </message>
    <message>
        <source>Load recipe {file}</source>
        <translation>载入配方 {file}</translation>
    </message>
    <message>
        <source>Loaded recipe {path}</source>
        <translation>已载入配方 {path}</translation>
    </message>
    <message>
        <source>Import kernel</source>
        <translation>导入卷积核</translation>
    </message>
    <message>
        <source>Importing kernel {file}…</source>
        <translation>正在导入卷积核 {file}…</translation>
    </message>
    <message>
        <source>Import kernel {file}</source>
        <translation>导入卷积核 {file}</translation>
    </message>
    <message>
        <source>Imported {path} into step {number}</source>
        <translation>已将 {path} 导入第 {number} 步</translation>
    </message>
    <message>
        <source>Export kernel</source>
        <translation>导出卷积核</translation>
    </message>
    <message>
        <source>

Kernel text (.txt) holds any kernel.</source>
        <translation>

卷积核文本（.txt）可保存任何卷积核。</translation>
    </message>
    <message>
        <source>Cannot export the kernel</source>
        <translation>无法导出卷积核</translation>
    </message>
    <message>
        <source>Exported the kernel to {path}</source>
        <translation>已将卷积核导出到 {path}</translation>
    </message>
    <message>
        <source>About this kernel file</source>
        <translation>关于此卷积核文件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started: kernels, steps and the first minute</source>
        <extracomment>The bundled page that Help ▸ Getting Started shows.</extracomment>
        <translation>入门：卷积核、步骤和第一分钟</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: every action that has one</source>
        <translation>键盘快捷键：所有带快捷键的操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
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
        <translation>所选卷积核的作用：权重、频率和特性</translation>
    </message>
    <message>
        <source>No step selected: click a preset (or select a step) to see what its kernel does, as a picture, as frequencies and in words.</source>
        <translation>未选择步骤：点击一个预设（或选择一个步骤），即可从图像、频率和文字三方面了解其卷积核的作用。</translation>
    </message>
    <message>
        <source>Slice: which grid of the kernel this is about</source>
        <translation>切片：这里说明的是卷积核的哪个网格</translation>
    </message>
    <message>
        <source>Heat map: red weights add, blue weights subtract, white is zero</source>
        <translation>热力图：红色权重相加，蓝色权重相减，白色为零</translation>
    </message>
    <message>
        <source>Frequency response: how strongly each frequency passes; the middle is flat areas, the rim the finest detail</source>
        <translation>频率响应：各频率通过的强度；中心是平坦区域，边缘是最细的细节</translation>
    </message>
    <message>
        <source>Top: the weights, red adding, blue subtracting, white 0. Below: how much of each frequency passes, dark blue none to yellow the most (the scale&apos;s top); flat areas in the middle, the finest detail at the rim.</source>
        <translation>上图：权重，红色相加，蓝色相减，白色为 0。下图：各频率通过的多少，从深蓝（完全不通过）到黄色（最多，即刻度顶端）；平坦区域在中心，最细的细节在边缘。</translation>
    </message>
    <message>
        <source>Legend: what the colours of the two pictures mean</source>
        <translation>图例：两幅图中颜色的含义</translation>
    </message>
    <message>
        <source>Through the middle: &lt;span style=&apos;color: {across_colour}&apos;&gt;across&lt;/span&gt;, &lt;span style=&apos;color: {down_colour}&apos;&gt;down (dashed)&lt;/span&gt;; dotted: gain 1</source>
        <translation>过中心：&lt;span style=&apos;color: {across_colour}&apos;&gt;水平&lt;/span&gt;、&lt;span style=&apos;color: {down_colour}&apos;&gt;垂直（虚线）&lt;/span&gt;；点线：增益 1</translation>
    </message>
    <message>
        <source>Frequency response through the middle: gain at each frequency, across (x) and down (y)</source>
        <translation>过中心的频率响应：各频率的增益，水平（x）和垂直（y）</translation>
    </message>
    <message>
        <source>Does:</source>
        <translation>作用：</translation>
    </message>
    <message>
        <source>What the kernel does, in plain words</source>
        <translation>用通俗的话说明卷积核的作用</translation>
    </message>
    <message>
        <source>Sum:</source>
        <translation>总和：</translation>
    </message>
    <message>
        <source>The sum of the weights (after the divisor): its effect on brightness</source>
        <translation>权重之和（除以除数后）：它对亮度的影响</translation>
    </message>
    <message>
        <source>Separable:</source>
        <translation>可分离：</translation>
    </message>
    <message>
        <source>Whether it is a column times a row (rank 1): then it runs as two quick passes</source>
        <translation>是否为一列乘一行（秩为 1）：若是，可分两次快速计算</translation>
    </message>
    <message>
        <source>Symmetry:</source>
        <translation>对称性：</translation>
    </message>
    <message>
        <source>The mirrors and turns that leave the kernel the same</source>
        <translation>使卷积核保持不变的镜像和旋转</translation>
    </message>
    <message>
        <source>Zero-sum:</source>
        <translation>零和：</translation>
    </message>
    <message>
        <source>A zero-sum kernel turns flat areas black: an edge detector</source>
        <translation>零和卷积核会使平坦区域变黑：即边缘检测器</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slice {slice}&lt;/b&gt; of a kernel {kind} (choose another beside the kernel table), with the divisor of its output channel:</source>
        <translation>{kind}卷积核的&lt;b&gt;切片 {slice}&lt;/b&gt;（可在卷积核表格旁选择其他切片），附带其输出通道的除数：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slice {slice}&lt;/b&gt; of a kernel {kind} (choose another beside the kernel table):</source>
        <translation>{kind}卷积核的&lt;b&gt;切片 {slice}&lt;/b&gt;（可在卷积核表格旁选择其他切片）：</translation>
    </message>
    <message>
        <source>yes, a {rows}×1 column times a 1×{cols} row</source>
        <translation>是，{rows}×1 的列乘以 1×{cols} 的行</translation>
    </message>
    <message>
        <source>no (rank {rank})</source>
        <translation>否（秩为 {rank}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>yes: an edge detector</source>
        <translation>是：边缘检测器</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Working</source>
        <extracomment>What the progress bar calls this kind of work.</extracomment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Filtering</source>
        <extracomment>Whether a newer job of the same kind makes this one stale. One that does not supersede is always answered: its result, or why there is none. Whether Esc stops it. The photo or recipe being opened is still wanted. The failure reported when Esc stopped it (&apos;&apos; when a stopped job just goes quiet).</extracomment>
        <translation>滤波</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何内容。</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Loading recipe</source>
        <translation>载入配方</translation>
    </message>
    <message>
        <source>Importing kernel</source>
        <translation>导入卷积核</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>检查像素</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Opening the after image</source>
        <extracomment>The training view shows the current kernel&apos;s result on the photo shrunk to this many pixels on its longer side, so that each batch is drawn in milliseconds. The residual is shown shrunk to this many pixels on its longer side. The residual&apos;s colours reach full strength at this share of its values (the largest few, often a handful of clipped pixels, would leave the rest pale)... ...and at this many 8-bit levels at least, so that an exact fit stays white.</extracomment>
        <translation>打开处理后图像</translation>
    </message>
    <message>
        <source>Learning the kernel</source>
        <translation>学习卷积核</translation>
    </message>
    <message>
        <source>Getting ready to train</source>
        <translation>准备训练</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>KernelDock</name>
    <message>
        <source>Other…</source>
        <extracomment>The sizes offered: odd squares, even squares, rows, columns and rectangles; any other size is one &quot;Other…&quot; away.</extracomment>
        <translation>其他…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>By the sum of weights</source>
        <translation>按权重之和</translation>
    </message>
    <message>
        <source>As GIMP does</source>
        <translation>与 GIMP 相同</translation>
    </message>
    <message>
        <source>Colour (alpha kept)</source>
        <translation>颜色（保留 Alpha）</translation>
    </message>
    <message>
        <source>All, with alpha</source>
        <translation>全部，含 Alpha</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Kernel</source>
        <extracomment>The offset that makes a zero-sum kernel&apos;s flat areas mid-grey, and white.</extracomment>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>The selected step: its kernel, preset parameters and options</source>
        <translation>所选步骤：其卷积核、预设参数和选项</translation>
    </message>
    <message>
        <source>My presets</source>
        <translation>我的预设</translation>
    </message>
    <message>
        <source>No step yet: click a preset to start, or type a kernel with Edit as text (Ctrl+Shift+E).</source>
        <translation>还没有步骤：点击一个预设开始，或用“以文本编辑”（Ctrl+Shift+E）输入卷积核。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Preset families: blur, sharpen, edges, effects</source>
        <translation>预设类别：模糊、锐化、边缘、效果</translation>
    </message>
    <message>
        <source>Kernel size: growing pads with zeros, shrinking crops the rim (every slice)</source>
        <translation>卷积核大小：增大时补零，缩小时裁掉边缘（所有切片）</translation>
    </message>
    <message>
        <source>Kernel: one shared by the colour channels, one per channel, or across channels (each output channel sums a grid over every input channel)</source>
        <translation>卷积核：各颜色通道共用一个、每个通道一个，或跨通道（每个输出通道对所有输入通道的网格求和）</translation>
    </message>
    <message>
        <source>Slice: the channel whose grid the table shows and edits (across channels: output ← input)</source>
        <translation>切片：表格显示并编辑的是哪个通道的网格（跨通道时：输出 ← 输入）</translation>
    </message>
    <message>
        <source>Kernel weights: type numbers or fractions such as 1/16; Ctrl+wheel zooms</source>
        <translation>卷积核权重：输入数字或分数，如 1/16；Ctrl+滚轮缩放</translation>
    </message>
    <message>
        <source>Sum: the sum of the weights</source>
        <translation>总和：权重之和</translation>
    </message>
    <message>
        <source>{title}: {doc} Source: {source}. Click: the selected step becomes {title}. Shift+click: add it as a new step.</source>
        <translation>{title}：{doc}来源：{source}。单击：所选步骤变为“{title}”。Shift+单击：将其添加为新步骤。</translation>
    </message>
    <message>
        <source>{name}: your preset (right-click to delete). Click: the selected step becomes {name}. Shift+click: add it as a new step.</source>
        <translation>{name}：你的预设（右键单击可删除）。单击：所选步骤变为“{name}”。Shift+单击：将其添加为新步骤。</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Edges: why an edge detector&apos;s result looks as it does</source>
        <translation>边缘：边缘检测器的结果为何是这个样子</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>Absolute value: show edges of both directions as bright lines</source>
        <translation>绝对值：把两个方向的边缘都显示为亮线</translation>
    </message>
    <message>
        <source>Set absolute value</source>
        <translation>设置绝对值</translation>
    </message>
    <message>
        <source>Clear absolute value</source>
        <translation>清除绝对值</translation>
    </message>
    <message>
        <source>Offset {offset}</source>
        <translation>偏移 {offset}</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas mid-grey, edges lighter or darker (emboss-like)</source>
        <translation>偏移 {offset}：平坦区域为中灰，边缘变亮或变暗（类似浮雕）</translation>
    </message>
    <message>
        <source>Set offset</source>
        <translation>设置偏移</translation>
    </message>
    <message>
        <source>Step options</source>
        <translation>步骤选项</translation>
    </message>
    <message>
        <source>Divisor: sums are divided by it (not 0)</source>
        <translation>除数：总和要除以它（不能为 0）</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>除数</translation>
    </message>
    <message>
        <source>Offset: added after dividing, in 8-bit levels (128 = grey)</source>
        <translation>偏移：除法之后加上的值，以 8 位色阶计（128 = 灰）</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Normalize: divide by the sum of weights; GIMP&apos;s rule also adds half of white to zero-sum kernels and white to negative ones, in place of divisor and offset</source>
        <translation>归一化：除以权重之和；GIMP 的规则还会代替除数和偏移，给零和卷积核加上白色的一半，给负和卷积核加上白色</translation>
    </message>
    <message>
        <source>Set normalize</source>
        <translation>设置归一化</translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Absolute value: keep negative responses (edge detectors)</source>
        <translation>绝对值：保留负响应（用于边缘检测器）</translation>
    </message>
    <message>
        <source>Flip (true convolution)</source>
        <translation>翻转（真卷积）</translation>
    </message>
    <message>
        <source>Flip: rotate the kernel 180 degrees</source>
        <translation>翻转：将卷积核旋转 180 度</translation>
    </message>
    <message>
        <source>Set flip</source>
        <translation>设置翻转</translation>
    </message>
    <message>
        <source>Clear flip</source>
        <translation>清除翻转</translation>
    </message>
    <message>
        <source>Linear light</source>
        <translation>线性光</translation>
    </message>
    <message>
        <source>Linear light: filter light rather than sRGB values, as GIMP does; blurs keep highlights bright</source>
        <translation>线性光：像 GIMP 一样对光强而非 sRGB 值滤波；模糊时高光保持明亮</translation>
    </message>
    <message>
        <source>Set linear light</source>
        <translation>设置线性光</translation>
    </message>
    <message>
        <source>Clear linear light</source>
        <translation>清除线性光</translation>
    </message>
    <message>
        <source>Alpha weighting</source>
        <translation>Alpha 加权</translation>
    </message>
    <message>
        <source>Alpha weighting: colour under transparent pixels does not bleed into visible ones, as in ImageMagick (photos with alpha only)</source>
        <translation>Alpha 加权：透明像素下的颜色不会渗入可见像素，与 ImageMagick 相同（仅限带 Alpha 的照片）</translation>
    </message>
    <message>
        <source>Set alpha weighting</source>
        <translation>设置 Alpha 加权</translation>
    </message>
    <message>
        <source>Clear alpha weighting</source>
        <translation>清除 Alpha 加权</translation>
    </message>
    <message>
        <source>Border: how pixels beyond the edge are made up</source>
        <translation>边界：如何补出边缘以外的像素</translation>
    </message>
    <message>
        <source>Set border</source>
        <translation>设置边界</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>Fill: the level used beyond the edge with border constant</source>
        <translation>填充：边界为 constant 时，边缘以外使用的色阶</translation>
    </message>
    <message>
        <source>Set fill</source>
        <translation>设置填充</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Channels: which channels the step filters</source>
        <translation>通道：此步骤对哪些通道滤波</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Opacity: how much of the filtered result replaces the step&apos;s input</source>
        <translation>不透明度：滤波结果替换步骤输入的程度</translation>
    </message>
    <message>
        <source>Set opacity</source>
        <translation>设置不透明度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Iterations: apply the step this many times</source>
        <translation>迭代：将此步骤应用多少次</translation>
    </message>
    <message>
        <source>Set iterations</source>
        <translation>设置迭代次数</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Anchor: the kernel cell over the pixel being made; Ctrl+click a cell to move it</source>
        <translation>锚点：位于所生成像素上方的卷积核单元格；Ctrl+单击单元格可移动锚点</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Centre: put the anchor back on the centre cell</source>
        <translation>居中：把锚点放回中心单元格</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>锚点</translation>
    </message>
    <message>
        <source>Anchor at the centre</source>
        <translation>锚点居中</translation>
    </message>
    <message>
        <source>Anchor at row {row}, column {col}</source>
        <translation>锚点位于第 {row} 行，第 {col} 列</translation>
    </message>
    <message>
        <source>The divisor cannot be 0</source>
        <translation>除数不能为 0</translation>
    </message>
    <message>
        <source>Set divisor</source>
        <translation>设置除数</translation>
    </message>
    <message>
        <source>Set offset of {channel}</source>
        <translation>设置 {channel} 的偏移</translation>
    </message>
    <message>
        <source>Cannot make the kernel {kind}: {error}</source>
        <translation>无法将卷积核设为{kind}：{error}</translation>
    </message>
    <message>
        <source>Make the kernel {kind}</source>
        <translation>将卷积核设为{kind}</translation>
    </message>
    <message>
        <source>Set channels</source>
        <translation>设置通道</translation>
    </message>
    <message>
        <source>Resize kernel to {rows}×{cols}</source>
        <translation>将卷积核大小调整为 {rows}×{cols}</translation>
    </message>
    <message>
        <source>Set {parameter}</source>
        <translation>设置 {parameter}</translation>
    </message>
    <message>
        <source>Sum (slice {slice}) {sum}</source>
        <translation>总和（切片 {slice}）{sum}</translation>
    </message>
    <message>
        <source>Sum {sum}</source>
        <translation>总和 {sum}</translation>
    </message>
    <message>
        <source>Centre (row {row}, column {col})</source>
        <translation>中心（第 {row} 行，第 {col} 列）</translation>
    </message>
    <message>
        <source>Row {row}, column {col}</source>
        <translation>第 {row} 行，第 {col} 列</translation>
    </message>
    <message>
        <source>Absolute value and offset {offset}: flat areas white, every edge lighter.</source>
        <translation>绝对值加偏移 {offset}：平坦区域为白色，所有边缘变亮。</translation>
    </message>
    <message>
        <source>Absolute value and offset {offset}: flat areas grey, every edge lighter.</source>
        <translation>绝对值加偏移 {offset}：平坦区域为灰色，所有边缘变亮。</translation>
    </message>
    <message>
        <source>Absolute value is on: edges show bright whichever way the brightness changes; flat areas stay black.</source>
        <translation>绝对值已开启：无论亮度朝哪个方向变化，边缘都显示为亮色；平坦区域保持黑色。</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas are white, edges darker.</source>
        <translation>偏移 {offset}：平坦区域为白色，边缘变暗。</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas are grey, edges lighter or darker.</source>
        <translation>偏移 {offset}：平坦区域为灰色，边缘变亮或变暗。</translation>
    </message>
    <message>
        <source>Flat areas add up to 0, so they turn black and only edges show (and only those brightening one way). Show them:</source>
        <translation>平坦区域总和为 0，因此变黑，只显示边缘（而且只显示朝一个方向变亮的边缘）。让它们显示出来：</translation>
    </message>
    <message>
        <source>{preset} parameters</source>
        <translation>{preset} 参数</translation>
    </message>
</context>
<context>
    <name>KernelSlices</name>
    <message>
        <source>Grid: which channel&apos;s kernel the heat map shows (across channels: which input channel, into which output)</source>
        <extracomment>Weights below this share of the largest are shown as 0.</extracomment>
        <translation>网格：热力图显示哪个通道的卷积核（跨通道时：哪个输入通道进入哪个输出通道）</translation>
    </message>
</context>
<context>
    <name>KernelTable</name>
    <message>
        <source>A number such as 2, -0.5 or a fraction such as 1/16</source>
        <extracomment>Rows shown before the grid scrolls (a 9×9 kernel fits whole). Ctrl+wheel steps through these text sizes, relative to the application&apos;s.</extracomment>
        <translation>数字，如 2、-0.5，或分数，如 1/16</translation>
    </message>
    <message>
        <source>Problem: why the last edit of a cell was refused</source>
        <extracomment>An edit was refused: why, for the status bar (the cell shows it too). Ctrl+click or the context menu chose the anchor: a (row, col) cell, or None for the centre. The cell whose edit is being handed to the model, while it is.</extracomment>
        <translation>问题：单元格最近一次编辑被拒绝的原因</translation>
    </message>
    <message>
        <source>Anchor here (row {row}, column {col})</source>
        <translation>锚点设在此处（第 {row} 行，第 {col} 列）</translation>
    </message>
    <message>
        <source>Anchor at the centre</source>
        <translation>锚点居中</translation>
    </message>
</context>
<context>
    <name>KernelTableModel</name>
    <message>
        <source>Row {row}, column {col}: {value}</source>
        <translation>第 {row} 行，第 {col} 列：{value}</translation>
    </message>
    <message>
        <source>Edit kernel cell</source>
        <translation>编辑卷积核单元格</translation>
    </message>
</context>
<context>
    <name>KernelTextDialog</name>
    <message>
        <source>Edit kernel as text</source>
        <translation>以文本编辑卷积核</translation>
    </message>
    <message>
        <source>One row per line (or rows separated by ;), values separated by spaces or commas; fractions such as 1/16 are fine. ImageMagick&apos;s 3x3: … (+X+Y: the anchor&apos;s column and row) and G&apos;MIC&apos;s (…;…) too. A kernel per channel is a grid per channel with | between them; across channels, || between output channels, each a grid per input.</source>
        <translation>每行写一行权重（或用 ; 分隔各行），数值之间用空格或逗号分隔；可以写 1/16 这样的分数。也支持 ImageMagick 的 3x3: …（+X+Y：锚点的列和行）和 G&apos;MIC 的 (…;…)。逐通道卷积核是每个通道一个网格，网格之间用 | 分隔；跨通道时，输出通道之间用 || 分隔，每个输出通道为每个输入通道各写一个网格。</translation>
    </message>
    <message>
        <source>Kernel text: the weights, one row a line</source>
        <translation>卷积核文本：权重，每行一行</translation>
    </message>
    <message>
        <source>Problem: what is wrong with the text</source>
        <translation>问题：文本哪里有错</translation>
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
        <translation>向左旋转：将卷积核逆时针旋转 90°</translation>
    </message>
    <message>
        <source>Rotate kernel left</source>
        <translation>向左旋转卷积核</translation>
    </message>
    <message>
        <source>Cannot rotate kernel left</source>
        <translation>无法向左旋转卷积核</translation>
    </message>
    <message>
        <source>⟳ 90°</source>
        <translation>⟳ 90°</translation>
    </message>
    <message>
        <source>Rotate right: turn the kernel 90° clockwise</source>
        <translation>向右旋转：将卷积核顺时针旋转 90°</translation>
    </message>
    <message>
        <source>Rotate kernel right</source>
        <translation>向右旋转卷积核</translation>
    </message>
    <message>
        <source>Cannot rotate kernel right</source>
        <translation>无法向右旋转卷积核</translation>
    </message>
    <message>
        <source>⇆ Flip</source>
        <translation>⇆ 翻转</translation>
    </message>
    <message>
        <source>Flip horizontally: mirror the kernel left to right</source>
        <translation>水平翻转：将卷积核左右镜像</translation>
    </message>
    <message>
        <source>Flip kernel left to right</source>
        <translation>左右翻转卷积核</translation>
    </message>
    <message>
        <source>Cannot flip kernel left to right</source>
        <translation>无法左右翻转卷积核</translation>
    </message>
    <message>
        <source>⇅ Flip</source>
        <translation>⇅ 翻转</translation>
    </message>
    <message>
        <source>Flip vertically: mirror the kernel top to bottom</source>
        <translation>垂直翻转：将卷积核上下镜像</translation>
    </message>
    <message>
        <source>Flip kernel top to bottom</source>
        <translation>上下翻转卷积核</translation>
    </message>
    <message>
        <source>Cannot flip kernel top to bottom</source>
        <translation>无法上下翻转卷积核</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>转置</translation>
    </message>
    <message>
        <source>Transpose: swap rows and columns (mirror along the diagonal)</source>
        <translation>转置：交换行和列（沿对角线镜像）</translation>
    </message>
    <message>
        <source>Transpose kernel</source>
        <translation>转置卷积核</translation>
    </message>
    <message>
        <source>Cannot transpose kernel</source>
        <translation>无法转置卷积核</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>取反</translation>
    </message>
    <message>
        <source>Negate: change the sign of every weight</source>
        <translation>取反：改变每个权重的符号</translation>
    </message>
    <message>
        <source>Negate kernel</source>
        <translation>卷积核取反</translation>
    </message>
    <message>
        <source>Cannot negate kernel</source>
        <translation>无法对卷积核取反</translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Normalize: make the weights sum to 1 (for a zero-sum kernel, the positive weights)</source>
        <translation>归一化：使权重之和为 1（对零和卷积核，则使正权重之和为 1）</translation>
    </message>
    <message>
        <source>Normalize kernel</source>
        <translation>归一化卷积核</translation>
    </message>
    <message>
        <source>Cannot normalize kernel</source>
        <translation>无法归一化卷积核</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy kernel: as text, the way the command line and Paste read it</source>
        <translation>复制卷积核：以文本形式，即命令行和“粘贴”读取的格式</translation>
    </message>
    <message>
        <source>Copy NumPy</source>
        <translation>复制 NumPy</translation>
    </message>
    <message>
        <source>Copy as NumPy: an np.array(...) expression</source>
        <translation>复制为 NumPy：一个 np.array(...) 表达式</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste kernel: from text such as &apos;0 -1 0; -1 5 -1; 0 -1 0&apos; or an np.array(...)</source>
        <translation>粘贴卷积核：来自 &apos;0 -1 0; -1 5 -1; 0 -1 0&apos; 这样的文本或 np.array(...)</translation>
    </message>
    <message>
        <source>Edit as text…</source>
        <translation>以文本编辑…</translation>
    </message>
    <message>
        <source>Edit as text: every weight at once, as the command line&apos;s kernel text (any size)</source>
        <translation>以文本编辑：一次编辑所有权重，采用命令行的卷积核文本格式（任意大小）</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>存为预设…</translation>
    </message>
    <message>
        <source>Save as preset: keep this kernel among My presets</source>
        <translation>存为预设：把此卷积核保存到“我的预设”中</translation>
    </message>
    <message>
        <source>an output channel&apos;s grids sum together, so no one grid is made to sum to 1; set Step options ▸ Normalize, which divides each output channel by the sum of its grids</source>
        <translation>一个输出通道的各网格会相加，因此不会让单个网格之和为 1；请设置“步骤选项 ▸ 归一化”，它会将每个输出通道除以其所有网格之和</translation>
    </message>
    <message>
        <source>Add {size} kernel</source>
        <translation>添加 {size} 卷积核</translation>
    </message>
    <message>
        <source>Edit {size} kernel as text</source>
        <translation>以文本编辑 {size} 卷积核</translation>
    </message>
    <message>
        <source>Cannot use the kernel</source>
        <translation>无法使用该卷积核</translation>
    </message>
    <message>
        <source>Copied the kernel as text</source>
        <translation>已将卷积核复制为文本</translation>
    </message>
    <message>
        <source>Cannot copy as NumPy</source>
        <translation>无法复制为 NumPy</translation>
    </message>
    <message>
        <source>Copy as NumPy writes one grid, and this kernel is {kind}, with {count} grids. Copy (as text) holds them all, and Paste and the command line read it back.</source>
        <translation>“复制为 NumPy”只写出一个网格，而此卷积核为{kind}，共有 {count} 个网格。“复制”（文本形式）会包含全部网格，“粘贴”和命令行都能读回。</translation>
    </message>
    <message>
        <source>Copied the kernel as a NumPy expression</source>
        <translation>已将卷积核复制为 NumPy 表达式</translation>
    </message>
    <message>
        <source>Cannot paste a kernel</source>
        <translation>无法粘贴卷积核</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <source>The clipboard holds “{text}”, which is not a kernel: {error}</source>
        <translation>剪贴板中的“{text}”不是卷积核：{error}</translation>
    </message>
    <message>
        <source>Paste {size} kernel</source>
        <translation>粘贴 {size} 卷积核</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>存为预设</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>新预设的名称：</translation>
    </message>
    <message>
        <source>Replace the preset?</source>
        <translation>替换预设？</translation>
    </message>
    <message>
        <source>There is already a preset called “{name}”. Replace it?</source>
        <translation>已有名为“{name}”的预设。要替换吗？</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>无法保存预设</translation>
    </message>
    <message>
        <source>Saved slice {slice} of the kernel (a preset is one grid) as the preset “{name}”</source>
        <translation>已将卷积核的切片 {slice} 保存为预设“{name}”（一个预设只含一个网格）</translation>
    </message>
    <message>
        <source>Saved the kernel as the preset “{name}”</source>
        <translation>已将卷积核保存为预设“{name}”</translation>
    </message>
    <message>
        <source>My {title}</source>
        <translation>我的{title}</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>添加“{title}”</translation>
    </message>
    <message>
        <source>Added {title} as step {number} of {count}</source>
        <translation>已将“{title}”添加为第 {number} 步（共 {count} 步）</translation>
    </message>
    <message>
        <source>Preset {title}</source>
        <translation>预设“{title}”</translation>
    </message>
    <message>
        <source> Its offsets per channel differed, so the offset is now 0 (Undo brings them back).</source>
        <translation>各通道的偏移原本不同，因此偏移现在为 0（撤销可恢复）。</translation>
    </message>
    <message>
        <source>Step {number} is now {title} (it was {was}); Shift+click a preset to add a step instead.</source>
        <translation>第 {number} 步现在是“{title}”（原为“{was}”）；若要添加新步骤，请 Shift+单击预设。</translation>
    </message>
    <message>
        <source>Delete the preset?</source>
        <translation>删除预设？</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? Steps that use its kernel keep it.</source>
        <translation>删除预设“{name}”？使用其卷积核的步骤会保留该卷积核。</translation>
    </message>
    <message>
        <source>Cannot delete the preset</source>
        <translation>无法删除预设</translation>
    </message>
    <message>
        <source>Deleted the preset “{name}”</source>
        <translation>已删除预设“{name}”</translation>
    </message>
</context>
<context>
    <name>LearnDialog</name>
    <message>
        <source>shared</source>
        <extracomment>The rows and columns offered: up to the largest square kernel the core learns (a larger one, or one across channels over its limit, is refused by the core, saying why). What each mode is called in the list (the data is the core&apos;s name); the texts are marked here and translated where shown (context &quot;LearnDialog&quot;), as are the next ones.</extracomment>
        <translation>共享</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>逐通道</translation>
    </message>
    <message>
        <source>across channels</source>
        <translation>跨通道</translation>
    </message>
    <message>
        <source>Cannot read the after image</source>
        <extracomment>The dialog&apos;s title when a job of each kind fails.</extracomment>
        <translation>无法读取处理后图像</translation>
    </message>
    <message>
        <source>Cannot learn the kernel</source>
        <translation>无法学习卷积核</translation>
    </message>
    <message>
        <source>Cannot train the kernel</source>
        <translation>无法训练卷积核</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>Learned from {file}</source>
        <extracomment>The name of a step added from the dialog, by how its kernel was found.</extracomment>
        <translation>学习自 {file}</translation>
    </message>
    <message>
        <source>Trained from {file}</source>
        <translation>训练自 {file}</translation>
    </message>
    <message>
        <source>Learn from example</source>
        <translation>从示例学习</translation>
    </message>
    <message>
        <source>Learn or train: least squares at once, or step by step</source>
        <translation>学习或训练：一次性最小二乘求解，或逐步迭代</translation>
    </message>
    <message>
        <source>&amp;Learn from example</source>
        <translation>从示例学习(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Train like a CNN</source>
        <translation>像 CNN 一样训练(&amp;T)</translation>
    </message>
    <message>
        <source>Example: before and after</source>
        <translation>示例：处理前和处理后</translation>
    </message>
    <message>
        <source>Before: the open photo, or the selected step&apos;s input</source>
        <translation>处理前：当前打开的照片，或所选步骤的输入</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>处理前：</translation>
    </message>
    <message>
        <source>After: the image the kernel should make from before</source>
        <translation>处理后：卷积核应当从处理前图像生成的图像</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the after image (or drop it on this window)</source>
        <translation>选择处理后图像（或将其拖放到此窗口）</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>处理后：</translation>
    </message>
    <message>
        <source>Mode: one kernel for every colour channel (shared), one for each (per channel), or every channel from every channel (across channels, as a CNN layer)</source>
        <translation>模式：所有颜色通道共用一个卷积核（共享）、每个通道一个（逐通道），或每个通道都由所有通道得到（跨通道，如 CNN 的一层）</translation>
    </message>
    <message>
        <source>Border: how the after image was made at the edges</source>
        <translation>边界：处理后图像在边缘处是如何生成的</translation>
    </message>
    <message>
        <source>O&amp;ffset</source>
        <translation>偏移(&amp;F)</translation>
    </message>
    <message>
        <source>Offset: also learn a constant added after the kernel (a network&apos;s bias)</source>
        <translation>偏移：同时学习卷积核之后加上的常数（即网络的偏置）</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Border:</source>
        <translation>边界：</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>卷积核：</translation>
    </message>
    <message>
        <source>L&amp;earn</source>
        <translation>学习(&amp;E)</translation>
    </message>
    <message>
        <source>Learn: find the kernel turning before into after (Esc stops it)</source>
        <translation>学习：求出把处理前变成处理后的卷积核（按 Esc 停止）</translation>
    </message>
    <message>
        <source>Progress of the learning</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <source>What Learn did</source>
        <translation>学习的结果</translation>
    </message>
    <message>
        <source>Learned kernel:</source>
        <translation>学到的卷积核：</translation>
    </message>
    <message>
        <source>What the residual&apos;s colours mean</source>
        <translation>残差颜色的含义</translation>
    </message>
    <message>
        <source>Residual: after minus the fit; white where the kernel explains after</source>
        <translation>残差：处理后减去拟合值；卷积核能解释处理后图像的地方为白色</translation>
    </message>
    <message>
        <source>Fit: PSNR, RMSE and R² of the learned step</source>
        <translation>拟合：所学步骤的 PSNR、RMSE 和 R²</translation>
    </message>
    <message>
        <source>Verdict: whether the kernel can be trusted</source>
        <translation>结论：这个卷积核是否可信</translation>
    </message>
    <message>
        <source>Offset: the constant learned</source>
        <translation>偏移：学到的常数</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>拟合：</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>偏移：</translation>
    </message>
    <message>
        <source>&amp;Add to stack</source>
        <translation>添加到堆栈(&amp;A)</translation>
    </message>
    <message>
        <source>Add to stack: the learned kernel as a new step where its input is the before image (one undoable edit)</source>
        <translation>添加到堆栈：将学到的卷积核作为新步骤，放在以处理前图像为输入的位置（一次可撤销的编辑）</translation>
    </message>
    <message>
        <source>No photo is open: open one with File ▸ Open first.</source>
        <translation>没有打开的照片：请先用“文件 ▸ 打开”打开一张。</translation>
    </message>
    <message>
        <source>{width}×{height} pixels</source>
        <translation>{width}×{height} 像素</translation>
    </message>
    <message>
        <source>the open photo, {file} ({size})</source>
        <translation>当前打开的照片 {file}（{size}）</translation>
    </message>
    <message>
        <source>the input of step {number}, {title}: what the steps above it make of {file} ({size})</source>
        <translation>第 {number} 步“{title}”的输入：其上方各步骤对 {file}（{size}）处理的结果</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Choose the after image</source>
        <translation>选择处理后图像</translation>
    </message>
    <message>
        <source>The images differ in size</source>
        <translation>图像大小不同</translation>
    </message>
    <message>
        <source>{file} is {width}×{height} pixels, but before is {before_width}×{before_height}. The after image must be made from before, at its size.</source>
        <translation>{file} 为 {width}×{height} 像素，而处理前图像为 {before_width}×{before_height}。处理后图像必须由处理前图像生成，且大小相同。</translation>
    </message>
    <message>
        <source>Not chosen yet: Choose…, or drop an image file here.</source>
        <translation>尚未选择：点击“选择…”，或将图像文件拖放到此处。</translation>
    </message>
    <message>
        <source>{file} ({width}×{height} pixels)</source>
        <translation>{file}（{width}×{height} 像素）</translation>
    </message>
    <message>
        <source>No photo is open</source>
        <translation>没有打开的照片</translation>
    </message>
    <message>
        <source>Open a photo first (File ▸ Open): the kernel is learned from it and an image made from it.</source>
        <translation>请先打开一张照片（文件 ▸ 打开）：卷积核要从这张照片及由它生成的图像中学习。</translation>
    </message>
    <message>
        <source>No after image</source>
        <translation>没有处理后图像</translation>
    </message>
    <message>
        <source>Choose the after image first (Choose…, or drop the file on this window).</source>
        <translation>请先选择处理后图像（点击“选择…”，或将文件拖放到此窗口）。</translation>
    </message>
    <message>
        <source>Learning… (Esc stops it)</source>
        <translation>正在学习…（按 Esc 停止）</translation>
    </message>
    <message>
        <source>Stopped; nothing was learned.</source>
        <translation>已停止；未学到任何结果。</translation>
    </message>
    <message>
        <source>Learned a {rows}×{cols} kernel ({mode}).</source>
        <translation>已学到 {rows}×{cols} 卷积核（{mode}）。</translation>
    </message>
    <message>
        <source>Nothing was learned.</source>
        <translation>未学到任何结果。</translation>
    </message>
    <message>
        <source>Residual: after minus the fit, once learned.</source>
        <translation>残差：处理后减去拟合值，学习后显示。</translation>
    </message>
    <message>
        <source>Residual, after minus the fit: white 0, red where after is brighter, blue darker, full colour at ±{limit} levels.</source>
        <translation>残差，即处理后减去拟合值：白色为 0，红色表示处理后更亮，蓝色表示更暗，在 ±{limit} 色阶处达到最深。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not to be trusted&lt;/b&gt;: {warning}.</source>
        <translation>&lt;b&gt;不可信&lt;/b&gt;：{warning}。</translation>
    </message>
    <message>
        <source>A kernel explains the change: the step makes the after image again.</source>
        <translation>一个卷积核就能解释这一变化：此步骤可以重新生成处理后图像。</translation>
    </message>
    <message>
        <source>{offsets} levels</source>
        <translation>{offsets} 色阶</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加“{name}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Some presets were left out</source>
        <translation>部分预设被忽略</translation>
    </message>
    <message>
        <source>Some saved presets could not be read: {problems}</source>
        <translation>部分已保存的预设无法读取：{problems}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Cancelled: the result shown is out of date until the next edit</source>
        <translation>已取消：在下一次编辑之前，显示的结果已过时</translation>
    </message>
    <message>
        <source>About kernelstudio</source>
        <translation>关于 kernelstudio</translation>
    </message>
    <message>
        <source>kernelstudio {version}
An image editor built around convolution kernels.</source>
        <translation>kernelstudio {version}
围绕卷积核打造的图像编辑器。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Unexpected error: {error}

kernelstudio keeps running; the details are in {log}.</source>
        <translation>意外错误：{error}

kernelstudio 仍在运行；详细信息见 {log}。</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>the value</source>
        <extracomment>Room for a prefix and suffix beyond the longest number text. Typed text was refused: why, for the status bar.</extracomment>
        <translation>该值</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {number}</source>
        <translation>{what}必须是整数，当前为 {number}</translation>
    </message>
    <message>
        <source>{what} must be between {minimum} and {maximum}, got {number}</source>
        <translation>{what}必须介于 {minimum} 和 {maximum} 之间，当前为 {number}</translation>
    </message>
    <message>
        <source>flat areas go to {offset} (the offset): responds to edges only</source>
        <extracomment>Weights written exactly up to this many characters; longer ones are shortened.</extracomment>
        <translation>平坦区域变为 {offset}（即偏移）：只对边缘有响应</translation>
    </message>
    <message>
        <source>{total}: {effect}</source>
        <translation>{total}：{effect}</translation>
    </message>
    <message>
        <source>{total} ÷ {divisor}: {effect}</source>
        <translation>{total} ÷ {divisor}：{effect}</translation>
    </message>
    <message>
        <source>{total}; all of {channel}&apos;s grids together {sum}</source>
        <translation>{total}；{channel} 的所有网格合计 {sum}</translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <source>{name}: {doc}</source>
        <translation>{name}：{doc}</translation>
    </message>
    <message>
        <source>{name} ({english}): {doc}</source>
        <translation>{name}（{english}）：{doc}</translation>
    </message>
</context>
<context>
    <name>PixelInspector</name>
    <message>
        <source>Sum of products, over {inputs} inputs</source>
        <extracomment>Hover requests closer together than this are merged into one. Larger kernels scroll inside their grid.</extracomment>
        <translation>乘积之和，共 {inputs} 个输入</translation>
    </message>
    <message>
        <source>Sum of products</source>
        <translation>乘积之和</translation>
    </message>
    <message>
        <source>÷ {divisor}</source>
        <translation>÷ {divisor}</translation>
    </message>
    <message>
        <source>÷ the kernel&apos;s share over visible pixels (alpha weighting)</source>
        <translation>÷ 卷积核在可见像素上的占比（Alpha 加权）</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>+ offset {offset}</source>
        <translation>+ 偏移 {offset}</translation>
    </message>
    <message>
        <source>Mixed {percent} with the input</source>
        <translation>与输入混合 {percent}</translation>
    </message>
    <message>
        <source>Encoded from linear light to sRGB</source>
        <translation>从线性光编码为 sRGB</translation>
    </message>
    <message>
        <source>Rounded and clipped</source>
        <translation>取整并截断</translation>
    </message>
    <message>
        <source>Clipped to 0…1</source>
        <translation>截断到 0…1</translation>
    </message>
    <message>
        <source>Pixel inspector</source>
        <extracomment>Emitted when a new inspection is on show (tests wait for it).</extracomment>
        <translation>像素检查器</translation>
    </message>
    <message>
        <source>How the selected step makes the pixel under the cursor; click to pin</source>
        <translation>所选步骤如何生成光标下的像素；点击可固定</translation>
    </message>
    <message>
        <source>The pixel and step shown</source>
        <translation>显示的像素和步骤</translation>
    </message>
    <message>
        <source>Channel: whose neighbourhood and products to show</source>
        <translation>通道：显示哪个通道的邻域和乘积</translation>
    </message>
    <message>
        <source>Input channel: whose neighbourhood and grid to show (a kernel across channels sums the products of every input)</source>
        <translation>输入通道：显示哪个通道的邻域和网格（跨通道卷积核会把所有输入的乘积相加）</translation>
    </message>
    <message>
        <source>Follow cursor</source>
        <translation>跟随光标</translation>
    </message>
    <message>
        <source>Follow cursor: let go of the pinned pixel</source>
        <translation>跟随光标：取消固定的像素</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>邻域</translation>
    </message>
    <message>
        <source>Neighbourhood: the input pixels the kernel covers, with the border rule applied beyond the edge</source>
        <translation>邻域：卷积核覆盖的输入像素，边缘以外按边界规则补齐</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Kernel: the weights laid over the neighbourhood</source>
        <translation>卷积核：覆盖在邻域上的权重</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>乘积</translation>
    </message>
    <message>
        <source>Products: each pixel times its weight</source>
        <translation>乘积：每个像素乘以其权重</translation>
    </message>
    <message>
        <source>From the sum of products to the output, per channel</source>
        <translation>从乘积之和到输出，逐通道</translation>
    </message>
    <message>
        <source>Select a step (or click a preset) to see how its kernel makes each pixel.</source>
        <translation>选择一个步骤（或点击一个预设），查看其卷积核如何生成每个像素。</translation>
    </message>
    <message>
        <source>Hover over the photo to see how the selected step makes a pixel; click to pin it.</source>
        <translation>将鼠标悬停在照片上，查看所选步骤如何生成某个像素；点击可固定。</translation>
    </message>
    <message>
        <source>pinned; click it again or Follow cursor to let go</source>
        <translation>已固定；再次点击或点“跟随光标”可取消</translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation>点击固定</translation>
    </message>
    <message>
        <source>the last of {count} passes</source>
        <translation>{count} 次迭代中的最后一次</translation>
    </message>
    <message>
        <source>colour in linear light (the levels of light, not of sRGB)</source>
        <translation>线性光下的颜色（光的强度，而非 sRGB 色阶）</translation>
    </message>
    <message>
        <source>colour weighted by alpha</source>
        <translation>按 Alpha 加权的颜色</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>&lt;b&gt;Row {row}, column {col}&lt;/b&gt; through &lt;b&gt;{step}&lt;/b&gt; ({state})</source>
        <translation>&lt;b&gt;第 {row} 行，第 {col} 列&lt;/b&gt;，经过&lt;b&gt;{step}&lt;/b&gt;（{state}）</translation>
    </message>
    <message>
        <source>Neighbourhood of {input}</source>
        <translation>{input} 的邻域</translation>
    </message>
    <message>
        <source>Kernel {output} ← {input}</source>
        <translation>卷积核 {output} ← {input}</translation>
    </message>
    <message>
        <source>Products into {output}, summed over {inputs} inputs</source>
        <translation>进入 {output} 的乘积，对 {inputs} 个输入求和</translation>
    </message>
    <message>
        <source>Kernel of {channel}</source>
        <translation>{channel} 的卷积核</translation>
    </message>
    <message>
        <source>Output of this step</source>
        <translation>此步骤的输出</translation>
    </message>
    <message>
        <source>This step is disabled: the stack skips it.</source>
        <translation>此步骤已禁用：堆栈会跳过它。</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>across</source>
        <extracomment>Dark blue to teal to yellow, for magnitudes from 0 to the largest. Width of the colour legend beside the response, and the gap before it. The legend&apos;s colours, from no gain at the bottom to the largest at the top.</extracomment>
        <translation>水平</translation>
    </message>
    <message>
        <source>cycles per pixel</source>
        <translation>周期/像素</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Largest photo: larger files are refused unopened, which protects against decompression bombs; raise it only for files you trust</source>
        <translation>最大照片：更大的文件不会被打开，以防范解压炸弹；只对可信的文件调高此值</translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation> 百万像素</translation>
    </message>
    <message>
        <source>Largest photo to open</source>
        <translation>可打开的最大照片</translation>
    </message>
    <message>
        <source>Leave out the colour profile and EXIF (camera, date, place)</source>
        <translation>不保存色彩配置文件和 EXIF（相机、日期、地点）</translation>
    </message>
    <message>
        <source>Strip metadata: exports carry no profile or EXIF</source>
        <translation>去除元数据：导出的文件不含配置文件和 EXIF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Language: the words of the window and its messages</source>
        <translation>语言：窗口及其消息所用的语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language takes effect the next time kernelstudio starts.</source>
        <translation>新语言将在下次启动 kernelstudio 时生效。</translation>
    </message>
</context>
<context>
    <name>RenderController</name>
    <message>
        <source>Cannot apply the stack</source>
        <extracomment>Edits arriving closer together than this become one render request. The full-resolution result of the current stack is on screen. The first (preview) pixels of a new render are on screen. A render failed: title and message for the user. The pixels of the latest result on screen (None until there is one).</extracomment>
        <translation>无法应用堆栈</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>it {error}</source>
        <extracomment>A session is a recipe with a photo&apos;s path beside it; a larger file is not one. Qt&apos;s lock holds a process id, an application and a host name: a few dozen bytes. New names a window tries for its session before it gives up (locks that never work). What reading a damaged or hostile file can raise, besides `OSError`.</extracomment>
        <translation>它{error}</translation>
    </message>
    <message>
        <source>This stack is too large to autosave ({size} MB; at most {limit} MB)</source>
        <translation>此堆栈太大，无法自动保存（{size} MB；最多 {limit} MB）</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>它是符号链接</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是常规文件</translation>
    </message>
    <message>
        <source>it is larger than {size} KB</source>
        <translation>它大于 {size} KB</translation>
    </message>
    <message>
        <source>its lock is not a lock file: {reason}</source>
        <translation>它的锁不是锁文件：{reason}</translation>
    </message>
    <message>
        <source>cannot make a lock file</source>
        <translation>无法创建锁文件</translation>
    </message>
    <message>
        <source>{name} is not a number a session may hold; use finite numbers</source>
        <translation>{name} 不是会话能容纳的数；请使用有限数</translation>
    </message>
    <message>
        <source>the session is nested too deeply to be a session</source>
        <translation>此会话嵌套太深，不是有效的会话</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>its photo is not a file&apos;s path</source>
        <translation>它的照片不是文件路径</translation>
    </message>
    <message>
        <source>its selected step is not a whole number</source>
        <translation>它的所选步骤不是整数</translation>
    </message>
    <message>
        <source>it cannot be read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>它嵌套得太深</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>SizeDialog</name>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Rows: the kernel&apos;s height</source>
        <translation>行数：卷积核的高度</translation>
    </message>
    <message>
        <source>Columns: the kernel&apos;s width</source>
        <translation>列数：卷积核的宽度</translation>
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
        <translation>{name} 滑块</translation>
    </message>
</context>
<context>
    <name>StackDock</name>
    <message>
        <source>No steps yet. Click a preset on the right to start, or Add an identity step.</source>
        <translation>还没有步骤。点击右侧的预设开始，或点“添加”加入一个恒等步骤。</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>堆栈</translation>
    </message>
    <message>
        <source>The steps, applied from top to bottom</source>
        <translation>各步骤，从上到下依次应用</translation>
    </message>
    <message>
        <source>Steps: tick to enable, drag to reorder, double-click to rename</source>
        <translation>步骤：勾选以启用，拖动以重新排序，双击以重命名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add: a new identity step after the selected one</source>
        <translation>添加：在所选步骤之后新建一个恒等步骤</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove: delete the selected step</source>
        <translation>删除：删除所选步骤</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move up: apply the selected step earlier</source>
        <translation>上移：提前应用所选步骤</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move down: apply the selected step later</source>
        <translation>下移：推后应用所选步骤</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
</context>
<context>
    <name>StackListModel</name>
    <message>
        <source>Enable {title}</source>
        <translation>启用“{title}”</translation>
    </message>
    <message>
        <source>Disable {title}</source>
        <translation>禁用“{title}”</translation>
    </message>
    <message>
        <source>Rename {title}</source>
        <translation>重命名“{title}”</translation>
    </message>
    <message>
        <source>{title}: {size} kernel</source>
        <translation>{title}：{size} 卷积核</translation>
    </message>
    <message>
        <source>preset {preset}</source>
        <translation>预设 {preset}</translation>
    </message>
    <message>
        <source>border {border}, channels {channels}, opacity {opacity}</source>
        <translation>边界 {border}，通道 {channels}，不透明度 {opacity}</translation>
    </message>
    <message>
        <source>disabled: skipped when the stack runs</source>
        <translation>已禁用：运行堆栈时跳过</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Pixel: the pixel under the cursor, before and after</source>
        <translation>像素：光标下的像素，处理前和处理后</translation>
    </message>
    <message>
        <source>Size: the photo&apos;s width × height in pixels</source>
        <translation>大小：照片的宽 × 高（像素）</translation>
    </message>
    <message>
        <source>Zoom: screen pixels per photo pixel</source>
        <translation>缩放：每个照片像素对应的屏幕像素数</translation>
    </message>
    <message>
        <source>Progress: work running; press Esc to cancel</source>
        <translation>进度：正在进行的任务；按 Esc 取消</translation>
    </message>
    <message>
        <source>x {x}, y {y}   before {before}</source>
        <translation>x {x}，y {y}   处理前 {before}</translation>
    </message>
    <message>
        <source>   after {after}</source>
        <translation>   处理后 {after}</translation>
    </message>
    <message>
        <source>{title} %p%  (Esc cancels)</source>
        <translation>{title} %p%（按 Esc 取消）</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>A network is not told its kernels: it starts from random weights and nudges them, again and again, down the slope of its error. Here the same happens to one kernel, on your photo.</source>
        <extracomment>Updates in a batch, for each position of the speed slider. The pause between a batch drawn and the next asked for (ms): about 30 frames a second, and the window&apos;s own work (renders, input) gets the worker between batches. The heavy ball&apos;s share of the last update, as networks are usually trained: plain gradient descent crawls along the long valleys of image problems. The plot&apos;s floor: the loss of an exact fit reaches 0, which a log scale cannot show. The training pauses by itself once the weights are this close to the exact ones. A batch was drawn (for tests and the status of the dialog).</extracomment>
        <translation>网络并不知道自己的卷积核：它从随机权重出发，沿着误差的坡度一次又一次地微调权重。这里让一个卷积核在你的照片上经历同样的过程。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start: from new random weights</source>
        <translation>开始：从新的随机权重出发</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume the training</source>
        <translation>暂停或继续训练</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>单步(&amp;T)</translation>
    </message>
    <message>
        <source>Step: one batch of updates, then pause</source>
        <translation>单步：执行一批更新后暂停</translation>
    </message>
    <message>
        <source>Speed: updates in each batch drawn</source>
        <translation>速度：每批绘制的更新次数</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>动量(&amp;M)</translation>
    </message>
    <message>
        <source>Momentum: each update carries {momentum} of the last one along, as networks are trained; much faster, though the loss may rise for a while</source>
        <translation>动量：每次更新都带上上一次更新的 {momentum}，与训练网络的方式相同；快得多，但损失可能暂时上升</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Loss: the mean squared error after each update</source>
        <translation>损失：每次更新后的均方误差</translation>
    </message>
    <message>
        <source>loss (levels²)</source>
        <translation>损失（色阶²）</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Kernel now:</source>
        <translation>当前卷积核：</translation>
    </message>
    <message>
        <source>Result now: the current kernel on the photo (shrunk)</source>
        <translation>当前结果：当前卷积核作用于照片（缩小后）</translation>
    </message>
    <message>
        <source>Loss, falling:</source>
        <translation>损失，不断下降：</translation>
    </message>
    <message>
        <source>Its result on the photo:</source>
        <translation>它在照片上的结果：</translation>
    </message>
    <message>
        <source>Training: the update, the loss and the distance to the exact kernel</source>
        <translation>训练：更新次数、损失以及与精确卷积核的距离</translation>
    </message>
    <message>
        <source>Exact answer: what least squares finds in one go</source>
        <translation>精确解：最小二乘法一次求得的结果</translation>
    </message>
    <message>
        <source>&amp;Add to stack</source>
        <translation>添加到堆栈(&amp;A)</translation>
    </message>
    <message>
        <source>Add to stack: the kernel as trained so far, as a new step where its input is the before image</source>
        <translation>添加到堆栈：将目前训练出的卷积核作为新步骤，放在以处理前图像为输入的位置</translation>
    </message>
    <message>
        <source>Adding up the photo&apos;s products of pixels (once)…</source>
        <translation>正在累加照片的像素乘积（仅一次）…</translation>
    </message>
    <message>
        <source>{count} updates a batch</source>
        <translation>每批 {count} 次更新</translation>
    </message>
    <message>
        <source>1 update a batch</source>
        <translation>每批 1 次更新</translation>
    </message>
    <message>
        <source>Exact answer, found in one go by least squares: {verdict}</source>
        <translation>精确解，由最小二乘法一次求得：{verdict}</translation>
    </message>
    <message>
        <source>{status}. It has reached the exact kernel, so it pauses.</source>
        <translation>{status}。已达到精确卷积核，因此暂停。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>Update {update}: loss {loss} levels² (mean squared error); distance to the exact kernel {distance} (root mean square of the weights&apos; differences)</source>
        <translation>第 {update} 次更新：损失 {loss} 色阶²（均方误差）；与精确卷积核的距离 {distance}（权重差的均方根）</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>重新开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Start trains the kernel from random weights, on the before and after above.</source>
        <translation>“开始”会从随机权重出发，用上面的处理前和处理后图像训练卷积核。</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <source>the saved presets are not a list; they were left out</source>
        <extracomment>Where the window kept its presets before they moved to the shared store.</extracomment>
        <translation>已保存的预设不是列表；已将其忽略</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Not enough memory for {work}</source>
        <extracomment>Progress is reported at most this often (seconds). Feature maps are made from the photo shrunk to this many pixels on its longer side, about the input size of the classic image CNNs (224 to 256).</extracomment>
        <translation>内存不足，无法进行{work}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {log}.</source>
        <translation>意外错误：{error}。详细信息见 {log}。</translation>
    </message>
    <message>
        <source>Earlier or this step&apos;s &apos;valid&apos; border leaves this pixel out.</source>
        <translation>之前的步骤或此步骤的 &apos;valid&apos; 边界把这个像素排除在外。</translation>
    </message>
    <message>
        <source>Not enough memory to explain this pixel</source>
        <translation>内存不足，无法解释这个像素</translation>
    </message>
    <message>
        <source>Not enough memory to open {path}</source>
        <translation>内存不足，无法打开 {path}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>The texts argparse translates that a person can read from our parsers, listed so that pyside6-lupdate puts them in the catalogues (it cannot read argparse&apos;s own source).</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>以下参数是必需的：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须给出参数 %s 中的一个</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项字符串：%s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>stopped by {signal}</source>
        <extracomment>Messages quote a --preset, --kernel, --kernel-file or --recipe up to this many characters. ``--format`` names: each format&apos;s first extension in `EXTENSIONS` (png, jpg, ...). The largest --max-megapixels: a million megapixels (a terapixel), beyond any file. The signal that stopped the command, once one has.</extracomment>
        <translation>被 {signal} 终止</translation>
    </message>
    <message>
        <source>Apply presets, kernels and recipes, in the order given, to photos.</source>
        <translation>对照片按给定顺序应用预设、卷积核和配方。</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>示例：</translation>
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
        <translation>卷积核文本：各行用 &apos;;&apos; 或换行分隔，数值用空格或逗号分隔，
可以使用分数（1/16）；也支持 ImageMagick 的 &apos;WxH[+X+Y]: values&apos;（X 为列，
Y 为行：即锚点；nan 表示权重 0）以及 G&apos;MIC 的 &apos;(0,-1,0;-1,5,-1;0,-1,0)&apos;。
逐通道卷积核为每个通道一个网格，用 &apos;|&apos; 分隔；跨通道卷积核用 &apos;||&apos; 分隔
各输出通道（每个输出通道中，每个输入通道一个网格）：
--kernel &apos;1 | 0 | 0 || 0 | 1 | 0 || 0 | 0 | 1&apos; --offset 10,0,-5。
偏移和 cval 以 8 位色阶计（128 = 中灰）。
在窗口中保存的预设也可以按名称用于 --preset。</translation>
    </message>
    <message>
        <source>photo files, or folders whose photos are all processed</source>
        <translation>照片文件，或文件夹（处理其中所有照片）</translation>
    </message>
    <message>
        <source>output file; a folder when there are several inputs</source>
        <translation>输出文件；有多个输入时为文件夹</translation>
    </message>
    <message>
        <source>steps (at least one; applied in the order given)</source>
        <translation>步骤（至少一个；按给定顺序应用）</translation>
    </message>
    <message>
        <source>a preset, built-in or saved in the window; see &apos;{prog} presets&apos;</source>
        <translation>预设，内置的或在窗口中保存的；见 &apos;{prog} presets&apos;</translation>
    </message>
    <message>
        <source>kernel weights, e.g. &quot;0 -1 0; -1 5 -1; 0 -1 0&quot;</source>
        <translation>卷积核权重，如 &quot;0 -1 0; -1 5 -1; 0 -1 0&quot;</translation>
    </message>
    <message>
        <source>a Photoshop Custom filter (.acf; its divisor and offset too, unless --divisor or --offset say otherwise) or a file of kernel text</source>
        <translation>Photoshop 自定滤镜（.acf；除非 --divisor 或 --offset 另有指定，也采用其中的除数和偏移）或卷积核文本文件</translation>
    </message>
    <message>
        <source>a recipe saved by the window (its steps keep their own options)</source>
        <translation>窗口保存的配方（其步骤保留各自的选项）</translation>
    </message>
    <message>
        <source>options of every --preset, --kernel and --kernel-file step</source>
        <translation>每个 --preset、--kernel 和 --kernel-file 步骤的选项</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>write every output in this format (default: each output&apos;s extension; in an output folder, each input&apos;s)</source>
        <translation>以此格式写出所有输出（默认：按每个输出的扩展名；输出到文件夹时，按每个输入的扩展名）</translation>
    </message>
    <message>
        <source>JPEG, WebP and AVIF quality, 1 to 100 (default {quality}, as in the window)</source>
        <translation>JPEG、WebP 和 AVIF 的质量，1 到 100（默认 {quality}，与窗口相同）</translation>
    </message>
    <message>
        <source>do not copy the colour profile and EXIF to the output</source>
        <translation>不将色彩配置文件和 EXIF 复制到输出</translation>
    </message>
    <message>
        <source>refuse larger inputs (default %(default)g)</source>
        <translation>拒绝更大的输入（默认 %(default)g）</translation>
    </message>
    <message>
        <source>print errors only: no progress, summary or notes</source>
        <translation>只输出错误：不显示进度、摘要或提示</translation>
    </message>
    <message>
        <source>give at least one --preset, --kernel, --kernel-file or --recipe</source>
        <translation>请至少给出一个 --preset、--kernel、--kernel-file 或 --recipe</translation>
    </message>
    <message>
        <source>step options apply to --preset, --kernel and --kernel-file steps; recipes keep their own</source>
        <translation>步骤选项作用于 --preset、--kernel 和 --kernel-file 步骤；配方保留各自的选项</translation>
    </message>
    <message>
        <source>--normalize-gimp sets the divisor and offset itself, as GIMP does; leave out {options}</source>
        <translation>--normalize-gimp 会像 GIMP 一样自行设置除数和偏移；请去掉 {options}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>--anchor {row},{col} replaces the anchor {given_row},{given_col} the kernel gives</source>
        <translation>--anchor {row},{col} 将替换卷积核自带的锚点 {given_row},{given_col}</translation>
    </message>
    <message>
        <source>cannot list the folder {folder}: {reason}</source>
        <translation>无法列出文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>the folder {folder} holds no .png, .jpg, .tif, .bmp, .webp, .avif or .heic files</source>
        <translation>文件夹 {folder} 中没有 .png、.jpg、.tif、.bmp、.webp、.avif 或 .heic 文件</translation>
    </message>
    <message>
        <source>--format {format} does not match the output {output} ({extension}); name it {name} or leave out --format</source>
        <translation>--format {format} 与输出 {output}（{extension}）不符；请将其命名为 {name}，或去掉 --format</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>--format chooses the outputs&apos; format</source>
        <translation>--format 决定输出的格式</translation>
    </message>
    <message>
        <source>{first} and {second} would both be written to {target}</source>
        <translation>{first} 和 {second} 都会被写入 {target}</translation>
    </message>
    <message>
        <source>{target} is an input; write the result to another file</source>
        <translation>{target} 是输入文件；请把结果写到其他文件</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>not enough memory to filter {file}</source>
        <translation>内存不足，无法对 {file} 滤波</translation>
    </message>
    <message>
        <source>an input or output name is empty; give a file or folder</source>
        <translation>输入或输出名称为空；请给出文件或文件夹</translation>
    </message>
    <message>
        <source>--quality must be from 1 to 100, got {quality}</source>
        <translation>--quality 必须在 1 到 100 之间，当前为 {quality}</translation>
    </message>
    <message>
        <source>--max-megapixels must be from 0.000001 (one pixel) to {most}, got {value}</source>
        <translation>--max-megapixels 必须在 0.000001（一个像素）到 {most} 之间，当前为 {value}</translation>
    </message>
    <message>
        <source>--quality changes JPEG, WebP and AVIF outputs only; --format jpg writes JPEGs</source>
        <translation>--quality 只影响 JPEG、WebP 和 AVIF 输出；--format jpg 会写出 JPEG</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>提示：{text}</translation>
    </message>
    <message>
        <source>A desktop image editor built around convolution kernels. With no FILE the window opens on the bundled sample photo.</source>
        <translation>围绕卷积核打造的桌面图像编辑器。不给出 FILE 时，窗口会打开自带的示例照片。</translation>
    </message>
    <message>
        <source>&apos;{prog} apply --help&apos;, &apos;{prog} presets --help&apos;, &apos;{prog} code --help&apos; and &apos;{prog} learn --help&apos; describe the commands.</source>
        <translation>&apos;{prog} apply --help&apos;、&apos;{prog} presets --help&apos;、&apos;{prog} code --help&apos; 和 &apos;{prog} learn --help&apos; 介绍各个命令。</translation>
    </message>
    <message>
        <source>a photo to open</source>
        <translation>要打开的照片</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序的版本号并退出</translation>
    </message>
    <message>
        <source>check this installation: open the sample, render a three-step recipe, export it, and check that the window can open on this machine&apos;s display; exit 0 if all is well</source>
        <translation>检查此安装：打开示例照片，渲染一个三步配方并导出，再检查窗口能否在本机显示器上打开；一切正常时退出状态为 0</translation>
    </message>
    <message>
        <source>the language of the window and of every command&apos;s help and messages: {languages}, or a locale name such as fr_FR (default: the locale&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG); before a command: &apos;{prog} --lang fr apply ...&apos;</source>
        <translation>窗口以及各命令的帮助和消息所用的语言：{languages}，或 fr_FR 这样的区域设置名称（默认：取自 LANGUAGE、LC_ALL、LC_MESSAGES 或 LANG 的区域设置）；要放在命令之前：&apos;{prog} --lang fr apply ...&apos;</translation>
    </message>
    <message>
        <source>--selftest takes no FILE; it always uses the sample photo</source>
        <translation>--selftest 不接受 FILE；它总是使用示例照片</translation>
    </message>
    <message>
        <source>self-test failed: the window cannot load: {error}</source>
        <translation>自检失败：窗口无法加载：{error}</translation>
    </message>
    <message>
        <source>the window cannot start: {reason}</source>
        <translation>窗口无法启动：{reason}</translation>
    </message>
    <message>
        <source>the window cannot load: {reason}</source>
        <translation>窗口无法加载：{reason}</translation>
    </message>
    <message>
        <source>unknown command {command}; did you mean {close}?</source>
        <translation>未知命令 {command}；你是不是想用 {close}？</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>unexpected error ({error}); please report it</source>
        <translation>意外错误（{error}）；请报告此问题</translation>
    </message>
    <message>
        <source>{file} has no alpha channel, so step {number} (channels {channels}) leaves it as it is</source>
        <translation>{file} 没有 Alpha 通道，因此第 {number} 步（通道 {channels}）保持其不变</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message}（参见 &apos;{prog} --help&apos;）</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <extracomment>An option&apos;s number, read as kernel cells and presets read them (argparse&apos;s type).</extracomment>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>cannot write {what}: {reason}</source>
        <translation>无法写入 {what}：{reason}</translation>
    </message>
    <message>
        <source>--lang &apos;{value}&apos; is not a language kernelstudio speaks; choose one of {names}</source>
        <translation>--lang &apos;{value}&apos; 不是 kernelstudio 支持的语言；请从 {names} 中选择</translation>
    </message>
    <message>
        <source>a size is a whole number such as 5, or rows x columns such as 3x7, not {text}</source>
        <translation>大小应为一个整数（如 5），或“行 x 列”（如 3x7），而不是 {text}</translation>
    </message>
    <message>
        <source>Find the kernel that best turns BEFORE into AFTER (least squares) and
save it as a recipe that &apos;{prog} apply --recipe&apos; uses on other photos.
The fit (PSNR, RMSE, R²), and a warning when AFTER does not look made
by a kernel, are printed on stderr.</source>
        <translation>求出最能把 BEFORE 变成 AFTER 的卷积核（最小二乘法），并将其保存为
配方，供 &apos;{prog} apply --recipe&apos; 用于其他照片。
拟合结果（PSNR、RMSE、R²），以及 AFTER 看起来不像由卷积核生成时的
警告，会输出到 stderr。</translation>
    </message>
    <message>
        <source>Exit status: 0 when the recipe was written (a poor fit too, with a warning),
2 for a bad command line, 1 for photos that cannot be read or do not match.</source>
        <translation>退出状态：写出配方时为 0（拟合较差时也是，但会给出警告），
命令行有误时为 2，照片无法读取或不匹配时为 1。</translation>
    </message>
    <message>
        <source>the photo as it was</source>
        <translation>原始照片</translation>
    </message>
    <message>
        <source>the same photo after the effect</source>
        <translation>应用效果后的同一张照片</translation>
    </message>
    <message>
        <source>the recipe to write (JSON)</source>
        <translation>要写出的配方（JSON）</translation>
    </message>
    <message>
        <source>the kernel&apos;s size: 5, or rows x columns such as 3x7 (default 5; at most 32x32, or 18x18 across three channels)</source>
        <translation>卷积核大小：5，或“行 x 列”如 3x7（默认 5；最大 32x32，跨三个通道时最大 18x18）</translation>
    </message>
    <message>
        <source>one kernel for all colour channels (shared, the default), one per channel, or one from every channel to every channel (cross-channel: mixes colours)</source>
        <translation>所有颜色通道共用一个卷积核（shared，默认）、每个通道一个（per-channel），或从每个通道到每个通道各一个（cross-channel：会混合颜色）</translation>
    </message>
    <message>
        <source>the border AFTER was made with (default reflect101)</source>
        <translation>生成 AFTER 时使用的边界（默认 reflect101）</translation>
    </message>
    <message>
        <source>do not fit a constant added after the kernel</source>
        <translation>不拟合卷积核之后加上的常数</translation>
    </message>
    <message>
        <source>a photo or recipe name is empty; give a file</source>
        <translation>照片或配方名称为空；请给出文件</translation>
    </message>
    <message>
        <source>{output} is an input; write the recipe to another file</source>
        <translation>{output} 是输入文件；请把配方写到其他文件</translation>
    </message>
    <message>
        <source>wrote {output}, a {rows}×{cols} {mode} kernel: {figures}</source>
        <translation>已写入 {output}，{rows}×{cols} 的 {mode} 卷积核：{figures}</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <source>(rounded)</source>
        <extracomment>How wide a preset&apos;s kernel may be listed before it is rounded or summed up.</extracomment>
        <translation>（已取整）</translation>
    </message>
    <message>
        <source>{rows}×{cols} weights from {low} to {high}, too wide to list here</source>
        <translation>{rows}×{cols} 个权重，取值 {low} 至 {high}，太宽，无法在此列出</translation>
    </message>
    <message>
        <source>parameters: {parameters}</source>
        <translation>参数：{parameters}</translation>
    </message>
    <message>
        <source>List the presets, their parameters and default kernels: the built-in ones, then those saved in the window.</source>
        <translation>列出预设及其参数和默认卷积核：先是内置预设，然后是在窗口中保存的预设。</translation>
    </message>
    <message>
        <source>only these presets</source>
        <translation>仅列出这些预设</translation>
    </message>
    <message>
        <source>{name}: your preset, saved in the window. Its name is a built-in preset&apos;s, which --preset picks first; rename it in the window.</source>
        <translation>{name}：你的预设，保存在窗口中。它的名称与某个内置预设相同，--preset 会优先选择内置预设；请在窗口中重命名。</translation>
    </message>
    <message>
        <source>{name}: your preset, saved in the window.</source>
        <translation>{name}：你的预设，保存在窗口中。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name}: {title}. {doc}</source>
        <translation>{name}：{title}。{doc}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>step options: {options}</source>
        <translation>步骤选项：{options}</translation>
    </message>
    <message>
        <source>Your presets are kept in {folder}.</source>
        <translation>你的预设保存在 {folder} 中。</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Write a recipe as a script doing what kernelstudio does: Python for
OpenCV, SciPy or PyTorch (&apos;python snippet.py IN OUT&apos;), or a shell
script calling ImageMagick 6 (&apos;sh snippet.sh IN OUT&apos;).</source>
        <translation>将配方写成与 kernelstudio 效果相同的脚本：针对 OpenCV、SciPy 或
PyTorch 的 Python 脚本（&apos;python snippet.py IN OUT&apos;），或调用
ImageMagick 6 的 shell 脚本（&apos;sh snippet.sh IN OUT&apos;）。</translation>
    </message>
    <message>
        <source>What a library cannot do is written in NumPy; what ImageMagick cannot do
exactly, the script says at its top.</source>
        <translation>库做不到的部分用 NumPy 编写；ImageMagick 无法精确做到的部分，
会在脚本开头说明。</translation>
    </message>
    <message>
        <source>a recipe saved by the window</source>
        <translation>窗口保存的配方</translation>
    </message>
    <message>
        <source>the library the script is for</source>
        <translation>脚本所针对的库</translation>
    </message>
    <message>
        <source>only step N (from 1; disabled steps count too), not the stack</source>
        <translation>只写第 N 步（从 1 起；禁用的步骤也计数），而不是整个堆栈</translation>
    </message>
    <message>
        <source>write the script to FILE (default: print it)</source>
        <translation>将脚本写入 FILE（默认：直接打印）</translation>
    </message>
    <message>
        <source>--step must be from 1 to {count}, the steps of {recipe}; got {step}</source>
        <translation>--step 必须在 1 到 {count} 之间，即 {recipe} 的步骤；当前为 {step}</translation>
    </message>
    <message>
        <source>the script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>{output} is the recipe; write the script to another file</source>
        <translation>{output} 是配方文件；请把脚本写到其他文件</translation>
    </message>
    <message>
        <source>divide sums by N</source>
        <translation>总和除以 N</translation>
    </message>
    <message>
        <source>add after dividing (with a kernel per channel, one each: 10,0,-5)</source>
        <translation>除法之后加上的值（逐通道卷积核每通道一个：10,0,-5）</translation>
    </message>
    <message>
        <source>divide by the sum of weights (when it is not 0)</source>
        <translation>除以权重之和（不为 0 时）</translation>
    </message>
    <message>
        <source>normalize as GIMP does: divide by the sum&apos;s size; add 127.5 levels to a zero-sum kernel&apos;s result, 255 to a negative-sum one&apos;s</source>
        <translation>像 GIMP 一样归一化：除以总和的绝对值；零和卷积核的结果加 127.5 色阶，负和卷积核的结果加 255</translation>
    </message>
    <message>
        <source>take absolute values (for edge detectors)</source>
        <translation>取绝对值（用于边缘检测器）</translation>
    </message>
    <message>
        <source>rotate the kernel 180 degrees (true convolution)</source>
        <translation>将卷积核旋转 180 度（真卷积）</translation>
    </message>
    <message>
        <source>border mode (default reflect101)</source>
        <translation>边界模式（默认 reflect101）</translation>
    </message>
    <message>
        <source>fill value for --border constant</source>
        <translation>--border constant 时的填充值</translation>
    </message>
    <message>
        <source>color (default), all, or letters from rgba such as rb</source>
        <translation>color（默认）、all，或 rgba 中的字母组合，如 rb</translation>
    </message>
    <message>
        <source>mix with the step&apos;s input, 0 to 1</source>
        <translation>与步骤输入混合的比例，0 到 1</translation>
    </message>
    <message>
        <source>the kernel cell over the pixel, from 0,0 at the top left (default: the centre, kh//2,kw//2)</source>
        <translation>位于像素上方的卷积核单元格，从左上角的 0,0 算起（默认：中心，kh//2,kw//2）</translation>
    </message>
    <message>
        <source>apply the step N times (1 to {most})</source>
        <translation>将此步骤应用 N 次（1 到 {most}）</translation>
    </message>
    <message>
        <source>filter colour in linear light, as GIMP does</source>
        <translation>像 GIMP 一样在线性光下对颜色滤波</translation>
    </message>
    <message>
        <source>do not weight colour by alpha (by default, as in ImageMagick, colour hidden under transparent pixels does not bleed into visible ones)</source>
        <translation>不按 Alpha 对颜色加权（默认与 ImageMagick 相同：透明像素下隐藏的颜色不会渗入可见像素）</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Redraws within a file come at most this often (seconds); a new file always redraws.</extracomment>
        <translation>约剩 {seconds} s</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>约剩 {minutes} min</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation>约剩 {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{count} written</source>
        <translation>已写入 {count} 个</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>已跳过 {count} 个</translation>
    </message>
    <message>
        <source>{count} not done</source>
        <translation>{count} 个未完成</translation>
    </message>
    <message>
        <source>{counts} in {seconds} s</source>
        <translation>{counts}，用时 {seconds} s</translation>
    </message>
    <message>
        <source>{done}/{total} done</source>
        <translation>已完成 {done}/{total}</translation>
    </message>
    <message>
        <source>now {name}</source>
        <translation>正在处理 {name}</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>正在估算剩余时间</translation>
    </message>
    <message>
        <source>&apos;kernelstudio apply&apos; works without a window</source>
        <extracomment>English (context &quot;cli&quot;); messages translate it where they say it.</extracomment>
        <translation>&apos;kernelstudio apply&apos; 无需窗口即可运行</translation>
    </message>
    <message>
        <source>the installation is incomplete: Qt&apos;s {platform} platform cannot find {own}, which come with PySide6; reinstall kernelstudio</source>
        <extracomment>The plugin file of each platform that needs something of the system. Shared libraries the xcb and Wayland plugins need from the system, with the package that provides each: (Debian and Ubuntu, Fedora). From ``ldd`` on Qt 6.10 and 6.11&apos;s plugins. Libraries that come with Qt itself: missing, they mean a broken install, not a package.</extracomment>
        <translation>安装不完整：Qt 的 {platform} 平台找不到 {own}，它们随 PySide6 提供；请重新安装 kernelstudio</translation>
    </message>
    <message>
        <source>install them with &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) or &apos;sudo dnf install {fedora}&apos; (Fedora)</source>
        <translation>请用 &apos;sudo apt install {debian}&apos;（Debian、Ubuntu）或 &apos;sudo dnf install {fedora}&apos;（Fedora）安装它们</translation>
    </message>
    <message>
        <source>install it with &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) or &apos;sudo dnf install {fedora}&apos; (Fedora)</source>
        <translation>请用 &apos;sudo apt install {debian}&apos;（Debian、Ubuntu）或 &apos;sudo dnf install {fedora}&apos;（Fedora）安装它</translation>
    </message>
    <message>
        <source>install the package that provides {name} (&apos;apt-file search {name}&apos;, &apos;dnf provides &quot;*/{name}&quot;&apos;)</source>
        <translation>请安装提供 {name} 的软件包（&apos;apt-file search {name}&apos;，&apos;dnf provides &quot;*/{name}&quot;&apos;）</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform needs {names}, not installed here: {hints}; {headless}</source>
        <translation>Qt 的 {platform} 平台需要 {names}，但本机未安装：{hints}；{headless}</translation>
    </message>
    <message>
        <source>the installation is incomplete: Qt&apos;s {platform} platform plugin is not in {plugin_parent}; reinstall kernelstudio</source>
        <translation>安装不完整：Qt 的 {platform} 平台插件不在 {plugin_parent} 中；请重新安装 kernelstudio</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM asks for xcb but DISPLAY is not set; {headless}</source>
        <translation>QT_QPA_PLATFORM 要求使用 xcb，但未设置 DISPLAY；{headless}</translation>
    </message>
    <message>
        <source>the X display {display!r} (DISPLAY) does not answer: is its X server running, and may you use it (xauth)? {headless}</source>
        <translation>X 显示 {display!r}（DISPLAY）没有响应：X 服务器是否在运行，你是否有权使用它（xauth）？{headless}</translation>
    </message>
    <message>
        <source>the Wayland display {display!r} (WAYLAND_DISPLAY) does not answer; {headless}</source>
        <translation>Wayland 显示 {display!r}（WAYLAND_DISPLAY）没有响应；{headless}</translation>
    </message>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set, as over ssh): use &apos;kernelstudio apply&apos; for headless work, &apos;ssh -X&apos; to bring the window to your screen, or QT_QPA_PLATFORM=offscreen for &apos;kernelstudio --selftest&apos;</source>
        <translation>没有可以打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置，例如通过 ssh 连接时）：无界面的工作请用 &apos;kernelstudio apply&apos;，用 &apos;ssh -X&apos; 可把窗口带到你的屏幕上，运行 &apos;kernelstudio --selftest&apos; 可用 QT_QPA_PLATFORM=offscreen</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>dog: sigma1 and sigma2 must differ, both are {sigma1:g}</source>
        <extracomment>The eight compass directions, clockwise from the top.</extracomment>
        <translation>dog：sigma1 和 sigma2 必须不同，当前两者都是 {sigma1:g}</translation>
    </message>
    <message>
        <source>unknown target {target!r}; choose one of {targets}</source>
        <extracomment>The targets, by the name ``--to`` takes.</extracomment>
        <translation>未知目标 {target!r}；请从 {targets} 中选择</translation>
    </message>
    <message>
        <source>the stack has no enabled step to write as code</source>
        <translation>堆栈中没有可写成代码的已启用步骤</translation>
    </message>
    <message>
        <source>the step</source>
        <translation>该步骤</translation>
    </message>
    <message>
        <source>step {number}</source>
        <extracomment>Recipes larger than this are refused before parsing (a 255×255 kernel is about 1 MB).</extracomment>
        <translation>第 {number} 步</translation>
    </message>
    <message>
        <source>the ImageMagick script holds kernels shared by the channels; {which} has a kernel {kind}: copy it as Python code</source>
        <translation>ImageMagick 脚本只包含各通道共用的卷积核；{which}使用{kind}卷积核：请将其复制为 Python 代码</translation>
    </message>
    <message>
        <source>copy as code writes kernels {kind} for colour channels; {which} filters alpha with one too</source>
        <translation>“复制为代码”只为颜色通道写出{kind}卷积核；而{which}也用这种卷积核对 Alpha 滤波</translation>
    </message>
    <message>
        <source>anchor must be a (row, column) pair, got {anchor!r}</source>
        <translation>锚点必须是（行，列）数对，当前为 {anchor!r}</translation>
    </message>
    <message>
        <source>anchor {value} lies outside the {kh}×{kw} kernel</source>
        <translation>锚点 {value} 位于 {kh}×{kw} 卷积核之外</translation>
    </message>
    <message>
        <source>cval must be a number, got {cval!r}</source>
        <translation>cval 必须是数字，当前为 {cval!r}</translation>
    </message>
    <message>
        <source>cval must be a finite number, got {value}</source>
        <translation>cval 必须是有限数，当前为 {value}</translation>
    </message>
    <message>
        <source>{name} is a damaged {kind} file ({why})</source>
        <extracomment>TIFF compressions whose 16-bit colour pages are read at 16 bits (Pillow&apos;s names): what GIMP, Photoshop, OpenCV, ImageMagick and kernelstudio write. Others (JPEG, zstd, WebP) are left to Pillow, at 8 bits, with a note. Tags tifffile writes itself (or refuses, with a log line) whatever EXIF brings. The channels of libspng&apos;s RGBA to keep, for each 16-bit PNG colour type (slices, so that the one copy made is the result). A classic TIFF&apos;s offsets are 32-bit; past this many pixel bytes, write a BigTIFF.</extracomment>
        <translation>{name} 是已损坏的 {kind} 文件（{why}）</translation>
    </message>
    <message>
        <source>its pixels are not the {width}×{height} its header says</source>
        <translation>其像素不是文件头所说的 {width}×{height}</translation>
    </message>
    <message>
        <source>its first chunk is not the header Pillow read</source>
        <translation>其第一个数据块不是 Pillow 读到的文件头</translation>
    </message>
    <message>
        <source>colour type {colour_type} at 16 bits</source>
        <translation>16 位的颜色类型 {colour_type}</translation>
    </message>
    <message>
        <source>page {value} is not the {width}×{height} RGB its header says</source>
        <translation>第 {value} 页不是文件头所说的 {width}×{height} RGB</translation>
    </message>
    <message>
        <source>unknown border {border!r}; choose one of {borders}</source>
        <extracomment>Border modes, named as in OpenCV; ``valid`` shrinks the output instead of padding. Below this many output values threads cost more than they save. ``progress(fraction)`` with fraction in [0, 1]. ``finish(values, rows, cols)`` maps a block of raw sums (output rows and columns as slices) to final values; it may work in place and is called from worker threads.</extracomment>
        <translation>未知边界 {border!r}；请从 {borders} 中选择</translation>
    </message>
    <message>
        <source>unknown method {method!r}; choose one of {methods}</source>
        <translation>未知方法 {method!r}；请从 {methods} 中选择</translation>
    </message>
    <message>
        <source>an image must be 2-D (rows, columns) or 3-D (rows, columns, channels), got shape {array_shape}</source>
        <translation>图像必须是二维（行，列）或三维（行，列，通道）的，当前形状为 {array_shape}</translation>
    </message>
    <message>
        <source>the image is empty (shape {array_shape})</source>
        <translation>图像为空（形状 {array_shape}）</translation>
    </message>
    <message>
        <source>images of type {array_dtype} are not supported; use uint8, uint16, another integer type, float32 or float64</source>
        <translation>不支持 {array_dtype} 类型的图像；请使用 uint8、uint16、其他整数类型、float32 或 float64</translation>
    </message>
    <message>
        <source>border &apos;valid&apos; needs an image at least as large as the kernel; the image is {height}×{width} and the kernel {kh}×{kw}</source>
        <translation>&apos;valid&apos; 边界要求图像至少与卷积核一样大；图像为 {height}×{width}，卷积核为 {kh}×{kw}</translation>
    </message>
    <message>
        <source>out must be {out_dtype} of shape {value}, got {out_dtype2} of shape {out_shape}</source>
        <translation>out 必须是形状为 {value} 的 {out_dtype}，当前为形状 {out_shape} 的 {out_dtype2}</translation>
    </message>
    <message>
        <source>{doing} was cancelled</source>
        <translation>{doing} 已取消</translation>
    </message>
    <message>
        <source>pixel (row {row}, column {col}) lies outside the {height}×{width} result</source>
        <translation>像素（第 {row} 行，第 {col} 列）位于 {height}×{width} 的结果之外</translation>
    </message>
    <message>
        <source>output must be the step&apos;s {array_dtype} result of shape {expected}, got {output_dtype} of shape {output_shape}</source>
        <translation>output 必须是该步骤形状为 {expected} 的 {array_dtype} 结果，当前为形状 {output_shape} 的 {output_dtype}</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>is {kind}, not a file</source>
        <translation>是{kind}，不是文件</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>大于 {megabytes} MB</translation>
    </message>
    <message>
        <source>is {kind}, not a file; choose a file name</source>
        <extracomment>The longest file name most file systems hold, in bytes. Bytes a temporary&apos;s name adds to its stem: ``.`` and ``.&lt;pid&gt;.&lt;8 random&gt;.part``.</extracomment>
        <translation>是{kind}，不是文件；请选择一个文件名</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <extracomment>Default limit on width × height (× frames): 200 megapixels, beyond any hobbyist&apos;s camera. The formats `load_image` reads, as its messages name them. How many of a file&apos;s first bytes `sniff_format` is given: an AVIF&apos;s or HEIC&apos;s brands. Things the user should be told once: depth lost, colours converted, EXIF dropped.</extracomment>
        <translation>{name} 不存在</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image</source>
        <translation>{name} 是文件夹，不是图像</translation>
    </message>
    <message>
        <source>{name} {error}; open a photo file</source>
        <translation>{name} {error}；请打开照片文件</translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated {kind} file</source>
        <extracomment>Errors of Python itself that a parser trips over on short or odd data; their words (&apos;unpack_from requires a buffer of at least 14 bytes&apos;) tell a person nothing.</extracomment>
        <translation>{name} 是已损坏或不完整的 {kind} 文件</translation>
    </message>
    <message>
        <source>{said} ({why})</source>
        <translation>{said}（{why}）</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} 为 {width}×{height} 像素（{value:.1f} 百万像素），超过 {value2:g} 百万像素的上限；仅当你信任此文件时才调高上限</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels × {frames} frames ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} 为 {width}×{height} 像素 × {frames} 帧（{value:.1f} 百万像素），超过 {value2:g} 百万像素的上限；仅当你信任此文件时才调高上限</translation>
    </message>
    <message>
        <source>{name} is {frames} pages of up to {width}×{height} pixels ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} 为 {frames} 页，每页最大 {width}×{height} 像素（{value:.1f} 百万像素），超过 {value2:g} 百万像素的上限；仅当你信任此文件时才调高上限</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 为空</translation>
    </message>
    <message>
        <source>{name} is not a {formats} image</source>
        <translation>{name} 不是 {formats} 图像</translation>
    </message>
    <message>
        <source>not enough memory to open {name}</source>
        <translation>内存不足，无法打开 {name}</translation>
    </message>
    <message>
        <source>size must be between {low} and {max_response_size}, got {size}</source>
        <extracomment>Side of a frequency response for kernels up to this size; larger ones double it. Largest side of a frequency response. Largest CNN stride `feature_map` takes. Relative tolerance for &quot;zero&quot;, &quot;equal&quot; and &quot;symmetric&quot; in `kernel_facts`. ITU-R BT.601 luma weights, as Pillow&apos;s &quot;L&quot; conversion and OpenCV&apos;s RGB2GRAY use.</extracomment>
        <translation>大小必须介于 {low} 和 {max_response_size} 之间，当前为 {size}</translation>
    </message>
    <message>
        <source>divisor must be a number, got {divisor!r}</source>
        <translation>除数必须是数字，当前为 {divisor!r}</translation>
    </message>
    <message>
        <source>divisor must be a finite number other than 0, got {divisor}</source>
        <translation>除数必须是不为 0 的有限数，当前为 {divisor}</translation>
    </message>
    <message>
        <source>divisor {divisor:g} makes the gain too large</source>
        <translation>除数 {divisor:g} 使增益过大</translation>
    </message>
    <message>
        <source>luminance needs 1 to 4 channels (grey to RGBA), got {channels}</source>
        <translation>亮度计算需要 1 到 4 个通道（灰度到 RGBA），当前为 {channels}</translation>
    </message>
    <message>
        <source>feature maps are made from a 2-D grey image, got shape {array_shape}</source>
        <translation>特征图由二维灰度图像生成，当前形状为 {array_shape}</translation>
    </message>
    <message>
        <source>stride must be between 1 and {max_stride}, got {stride}</source>
        <translation>步幅必须介于 1 和 {max_stride} 之间，当前为 {stride}</translation>
    </message>
    <message>
        <source>2×2 max pooling needs a map at least 2×2, got {height}×{width}</source>
        <translation>2×2 最大池化需要至少 2×2 的特征图，当前为 {height}×{width}</translation>
    </message>
    <message>
        <source>cannot read kernel file {name}: {exc}</source>
        <extracomment>Files named so are Photoshop Custom filters; any other name is kernel text. Larger files are refused unread: a 255×255 kernel of 64-character numbers is 4.2 MB.</extracomment>
        <translation>无法读取卷积核文件 {name}：{exc}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; not a kernel file</source>
        <translation>{name} 大于 {megabytes} MB；不是卷积核文件</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name}：{exc}</translation>
    </message>
    <message>
        <source>not kernel text (UTF-8), nor named .acf as Photoshop&apos;s Custom filters are{hint}</source>
        <translation>不是卷积核文本（UTF-8），也没有像 Photoshop 自定滤镜那样以 .acf 命名{hint}</translation>
    </message>
    <message>
        <source>cannot save kernel file {path}: {exc}</source>
        <translation>无法保存卷积核文件 {path}：{exc}</translation>
    </message>
    <message>
        <source>a weight must be text such as 2 or 1/16, got {name}</source>
        <translation>权重必须是 2 或 1/16 这样的文本，当前为 {name}</translation>
    </message>
    <message>
        <source>{text} is not one number; a cell holds one, such as 2 or 1/16</source>
        <translation>{text} 不是单个数字；一个单元格只放一个数，如 2 或 1/16</translation>
    </message>
    <message>
        <source>kernel text with brackets must look like [[1, 2, 1], [2, 4, 2], [1, 2, 1]]</source>
        <translation>带方括号的卷积核文本必须形如 [[1, 2, 1], [2, 4, 2], [1, 2, 1]]</translation>
    </message>
    <message>
        <source>kernel text must be a string, got {name}</source>
        <translation>卷积核文本必须是字符串，当前为 {name}</translation>
    </message>
    <message>
        <source>G&apos;MIC&apos;s &apos;^&apos; starts another channel; a kernel is one 2-D grid of weights, such as (0,-1,0;-1,5,-1;0,-1,0)</source>
        <translation>G&apos;MIC 的 &apos;^&apos; 表示开始另一个通道；卷积核是一个二维权重网格，如 (0,-1,0;-1,5,-1;0,-1,0)</translation>
    </message>
    <message>
        <source>a kernel has 1 to {max_slices} channel slices, got {slices}</source>
        <extracomment>NumPy&apos;s brackets three or four deep, optionally inside np.array(...) or tensor(...).</extracomment>
        <translation>卷积核有 1 到 {max_slices} 个通道切片，当前为 {slices}</translation>
    </message>
    <message>
        <source>output channel {number}, grid {index}</source>
        <translation>输出通道 {number}，网格 {index}</translation>
    </message>
    <message>
        <source>grid {index}</source>
        <translation>网格 {index}</translation>
    </message>
    <message>
        <source>every grid of a kernel with several is the same size; got {sizes}</source>
        <translation>有多个网格的卷积核，各网格大小必须相同；当前为 {sizes}</translation>
    </message>
    <message>
        <source>the grids of one kernel give different anchors</source>
        <translation>同一卷积核的各网格给出了不同的锚点</translation>
    </message>
    <message>
        <source>a kernel across channels has, for each of its {outputs} output channels (&apos;||&apos; between them), one grid per input channel (&apos;|&apos; between them): {outputs} each, got {counts}</source>
        <translation>跨通道卷积核的 {outputs} 个输出通道（用 &apos;||&apos; 分隔）各自要为每个输入通道提供一个网格（用 &apos;|&apos; 分隔）：每个 {outputs} 个，当前为 {counts}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label}：{error}</translation>
    </message>
    <message>
        <source>brackets three or four deep hold plain numbers only, as NumPy prints them: [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</source>
        <translation>三层或四层方括号内只能是纯数字，如 NumPy 打印的那样：[[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</translation>
    </message>
    <message>
        <source>brackets three or four deep must be balanced lists of numbers, as in [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</source>
        <translation>三层或四层方括号必须是结构整齐的数字列表，如 [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</translation>
    </message>
    <message>
        <source>kernel text has more than {max_kernel_size} rows; each side may be at most {max_kernel_size}</source>
        <translation>卷积核文本超过 {max_kernel_size} 行；每边最多 {max_kernel_size}</translation>
    </message>
    <message>
        <source>row {value} has {tokens} values; each side may be at most {max_kernel_size}</source>
        <translation>第 {value} 行有 {tokens} 个值；每边最多 {max_kernel_size}</translation>
    </message>
    <message>
        <source>kernel text is empty; write rows such as &apos;0 -1 0; -1 5 -1; 0 -1 0&apos;</source>
        <translation>卷积核文本为空；请写成 &apos;0 -1 0; -1 5 -1; 0 -1 0&apos; 这样的行</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行，第 {column} 列</translation>
    </message>
    <message>
        <source>row {value} has 1 value but row 1 has {first} values; every row needs the same number of values</source>
        <translation>第 {value} 行有 1 个值，但第 1 行有 {first} 个；每行的值个数必须相同</translation>
    </message>
    <message>
        <source>row {value} has {values} values but row 1 has 1 value; every row needs the same number of values</source>
        <translation>第 {value} 行有 {values} 个值，但第 1 行有 1 个；每行的值个数必须相同</translation>
    </message>
    <message>
        <source>row {value} has {values} values but row 1 has {first} values; every row needs the same number of values</source>
        <translation>第 {value} 行有 {values} 个值，但第 1 行有 {first} 个；每行的值个数必须相同</translation>
    </message>
    <message>
        <source>ImageMagick kernel lists (several kernels joined by &apos;;&apos;) are not read; give one kernel, such as {magick_example}</source>
        <extracomment>G&apos;MIC&apos;s matrix: ``(a,b;c,d)``, rows split by &apos;;&apos; and values by &apos;,&apos;. ImageMagick&apos;s kernel geometry, the text before its &apos;:&apos;; the flags make kernel lists. A cell ImageMagick leaves out of the neighbourhood.</extracomment>
        <translation>不读取 ImageMagick 的卷积核列表（用 &apos;;&apos; 连接的多个卷积核）；请只给出一个卷积核，如 {magick_example}</translation>
    </message>
    <message>
        <source>{geometry} before &apos;:&apos; is not a kernel size; ImageMagick kernels start with WIDTHxHEIGHT, as in {magick_example} (its named kernels, such as Laplacian, are not read)</source>
        <translation>&apos;:&apos; 之前的 {geometry} 不是卷积核大小；ImageMagick 卷积核以 WIDTHxHEIGHT 开头，如 {magick_example}（不读取其命名卷积核，如 Laplacian）</translation>
    </message>
    <message>
        <source>ImageMagick&apos;s {size_flags} turns the kernel into a list of rotated kernels; give one kernel (the Kernel menu turns it)</source>
        <translation>ImageMagick 的 {size_flags} 会把卷积核变成一组旋转后的卷积核；请只给出一个卷积核（“卷积核”菜单可以旋转它）</translation>
    </message>
    <message>
        <source>a {cols}x{rows} kernel cannot be used; each side may be from 1 to {max_kernel_size}</source>
        <translation>无法使用 {cols}x{rows} 卷积核；每边只能是 1 到 {max_kernel_size}</translation>
    </message>
    <message>
        <source>the origin +{size_col}+{size_row} lies outside the {name} kernel; +X+Y is a column from 0 to {last_col} and a row from 0 to {last_row}</source>
        <translation>原点 +{size_col}+{size_row} 位于 {name} 卷积核之外；+X+Y 中 X 为 0 到 {last_col} 的列，Y 为 0 到 {last_row} 的行</translation>
    </message>
    <message>
        <source>{name} needs {value} values, got {tokens}</source>
        <translation>{name} 需要 {value} 个值，当前为 {tokens}</translation>
    </message>
    <message>
        <source>value {index} of {name}</source>
        <translation>{name} 的第 {index} 个值</translation>
    </message>
    <message>
        <source>every value of the {name} kernel is nan (left out); a kernel needs at least one weight</source>
        <translation>{name} 卷积核的每个值都是 nan（被排除）；卷积核至少需要一个权重</translation>
    </message>
    <message>
        <source>a kernel must be a 2-D grid (rows × columns) whose rows all have the same length</source>
        <translation>卷积核必须是二维网格（行 × 列），且各行长度相同</translation>
    </message>
    <message>
        <source>kernel weights must be real numbers, not complex</source>
        <translation>卷积核权重必须是实数，而不是复数</translation>
    </message>
    <message>
        <source>kernel weights must be numbers, not text</source>
        <translation>卷积核权重必须是数字，而不是文本</translation>
    </message>
    <message>
        <source>kernel weights must be numbers, not true or false</source>
        <translation>卷积核权重必须是数字，而不是 true 或 false</translation>
    </message>
    <message>
        <source>kernel weights must be numbers within ±{max_weight:g}</source>
        <translation>卷积核权重必须是 ±{max_weight:g} 以内的数字</translation>
    </message>
    <message>
        <source>a kernel must be a 2-D grid (rows × columns), got {got}</source>
        <translation>卷积核必须是二维网格（行 × 列），当前为 {got}</translation>
    </message>
    <message>
        <source>a kernel needs at least one weight, got shape {raw_shape}</source>
        <translation>卷积核至少需要一个权重，当前形状为 {raw_shape}</translation>
    </message>
    <message>
        <source>a {rows}×{cols} kernel is too large; each side may be at most {max_kernel_size}</source>
        <translation>{rows}×{cols} 卷积核太大；每边最多 {max_kernel_size}</translation>
    </message>
    <message>
        <source>kernel weight at row {value}, column {value2} is {value3}; weights must be finite numbers</source>
        <translation>第 {value} 行第 {value2} 列的卷积核权重为 {value3}；权重必须是有限数</translation>
    </message>
    <message>
        <source>kernel weight at row {value}, column {value2} is {value3:g}; weights must lie between -{max_weight:g} and {max_weight:g}</source>
        <translation>第 {value} 行第 {value2} 列的卷积核权重为 {value3:g}；权重必须介于 -{max_weight:g} 和 {max_weight:g} 之间</translation>
    </message>
    <message>
        <source>a cross-channel kernel has as many output channels as input channels (C × C × rows × columns), got shape {raw_shape}</source>
        <translation>跨通道卷积核的输出通道数与输入通道数相同（C × C × 行 × 列），当前形状为 {raw_shape}</translation>
    </message>
    <message>
        <source>a kernel has 1 to {max_slices} channel slices, got {slices_0}</source>
        <translation>卷积核有 1 到 {max_slices} 个通道切片，当前为 {slices_0}</translation>
    </message>
    <message>
        <source>slice {where}: {error}</source>
        <translation>切片 {where}：{error}</translation>
    </message>
    <message>
        <source>an all-zero kernel cannot be normalized</source>
        <translation>全零卷积核无法归一化</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what}必须是整数，当前为 {value}</translation>
    </message>
    <message>
        <source>{what} must be between 1 and {max_kernel_size}, got {size}</source>
        <translation>{what}必须介于 1 和 {max_kernel_size} 之间，当前为 {size}</translation>
    </message>
    <message>
        <source>a kernel size is one number or (rows, columns), got {size!r}</source>
        <extracomment>How a kernel is shared between colour channels: one for all, one each, or one from every input channel to every output channel (PyTorch&apos;s ``Conv2d.weight``). About how many bytes one block&apos;s windows take (a few blocks per thread are alive). Eigenvalues of the scaled normal matrix below this share of the largest count as 0. Most weights one output channel&apos;s kernel may have (32×32, or 18×18 across 3 channels): G has their square as entries, and each thread sums a copy of it per channel.</extracomment>
        <translation>卷积核大小是一个数或（行，列），当前为 {size!r}</translation>
    </message>
    <message>
        <source>before and after must be the same size; before is {before_cols}×{before_rows} pixels and after {after_cols}×{after_rows}</source>
        <translation>处理前和处理后图像的大小必须相同；处理前为 {before_cols}×{before_rows} 像素，处理后为 {after_cols}×{after_rows}</translation>
    </message>
    <message>
        <source>before and after must have the same channels; before has {channels_0} and after {channels_1}</source>
        <translation>处理前和处理后图像的通道必须相同；处理前有 {channels_0} 个，处理后有 {channels_1} 个</translation>
    </message>
    <message>
        <source>unknown mode {mode!r}; choose one of {learn_modes}</source>
        <translation>未知模式 {mode!r}；请从 {learn_modes} 中选择</translation>
    </message>
    <message>
        <source>a {kh}×{kw} kernel{inputs} has {value} weights to learn, more than the {max_learned_weights} learning can handle; choose a smaller size</source>
        <translation>{kh}×{kw} 卷积核{inputs}有 {value} 个权重需要学习，超过了学习能处理的 {max_learned_weights} 个；请选择更小的大小</translation>
    </message>
    <message>
        <source>{lead} is not a finite number; numbers lie within ±{most}</source>
        <extracomment>Longest number text read, in characters (spaces around it not counted). Longer text is cut when an error message quotes it. The largest float, as the message about too large a number writes it.</extracomment>
        <translation>{lead} 不是有限数；数字范围为 ±{most}</translation>
    </message>
    <message>
        <source>{lead} is closer to 0 than any number can be (5e-324); write 0 instead</source>
        <translation>{lead} 比任何可表示的数都更接近 0（5e-324）；请改写为 0</translation>
    </message>
    <message>
        <source>{lead} is not text; use numbers such as 2, -0.5 or 1/16</source>
        <translation>{lead} 不是文本；请使用 2、-0.5 或 1/16 这样的数</translation>
    </message>
    <message>
        <source>{lead} is too long for a number; write at most {max_number_text} characters</source>
        <translation>{lead} 作为数字太长；最多写 {max_number_text} 个字符</translation>
    </message>
    <message>
        <source>{lead} is not a finite number</source>
        <translation>{lead} 不是有限数</translation>
    </message>
    <message>
        <source>{lead} is not a number; use numbers such as 2, -0.5 or 1/16</source>
        <translation>{lead} 不是数字；请使用 2、-0.5 或 1/16 这样的数</translation>
    </message>
    <message>
        <source>{lead} divides by zero</source>
        <translation>{lead} 除以了零</translation>
    </message>
    <message>
        <source>{what} must be a number, got {value}</source>
        <translation>{what}必须是数字，当前为 {value}</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {value}</source>
        <translation>{what}必须是有限数，当前为 {value}</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {number}</source>
        <translation>{what}必须是有限数，当前为 {number}</translation>
    </message>
    <message>
        <source>a whole number of {digits} digits is too long; numbers may have at most {max_number_text}</source>
        <translation>{digits} 位的整数太长；数字最多 {max_number_text} 个字符</translation>
    </message>
    <message>
        <source>not valid JSON at line {exc_lineno}, column {exc_colno}: {exc_msg}</source>
        <translation>不是有效的 JSON（第 {exc_lineno} 行，第 {exc_colno} 列）：{exc_msg}</translation>
    </message>
    <message>
        <source>steps filter uint8, uint16, float32 and float64 images, not {dtype}</source>
        <extracomment>Below this share of the kernel&apos;s weight over visible pixels, alpha weighting keeps the colour as it was: the window is (all but) fully transparent.</extracomment>
        <translation>步骤只能对 uint8、uint16、float32 和 float64 图像滤波，不能对 {dtype} 图像滤波</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with one slice, or choose {step_slices} channels</source>
        <translation>卷积核为 {step_slices} 个通道各备一个切片，但此步骤只对该图像的 {chosen} 个通道滤波（{names}，通道设置为 {step_channels!r}）；请给出只有一个切片的卷积核，或选择 {step_slices} 个通道</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with one slice</source>
        <translation>卷积核为 {step_slices} 个通道各备一个切片，但此步骤只对该图像的 {chosen} 个通道滤波（{names}，通道设置为 {step_channels!r}）；请给出只有一个切片的卷积核</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with {chosen} slices, or choose {step_slices} channels</source>
        <translation>卷积核为 {step_slices} 个通道各备一个切片，但此步骤只对该图像的 {chosen} 个通道滤波（{names}，通道设置为 {step_channels!r}）；请给出有 {chosen} 个切片的卷积核，或选择 {step_slices} 个通道</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with {chosen} slices</source>
        <translation>卷积核为 {step_slices} 个通道各备一个切片，但此步骤只对该图像的 {chosen} 个通道滤波（{names}，通道设置为 {step_channels!r}）；请给出有 {chosen} 个切片的卷积核</translation>
    </message>
    <message>
        <source>not a Photoshop Custom filter</source>
        <extracomment>Bytes in an .acf file. Largest weight magnitude Photoshop&apos;s grid takes. Largest scale (divisor); the smallest is 1. Largest offset magnitude, in levels. Cells from the centre to the rim of Photoshop&apos;s 5×5 grid.</extracomment>
        <translation>不是 Photoshop 自定滤镜</translation>
    </message>
    <message>
        <source>{not_acf}: it has {data} bytes, and .acf files have {acf_size}</source>
        <translation>{not_acf}：它有 {data} 字节，而 .acf 文件为 {acf_size} 字节</translation>
    </message>
    <message>
        <source>{not_acf}: its weight at row {row}, column {column} is {weight}, and Photoshop&apos;s lie between -{max_acf_weight} and {max_acf_weight}</source>
        <translation>{not_acf}：它在第 {row} 行第 {column} 列的权重为 {weight}，而 Photoshop 的权重介于 -{max_acf_weight} 和 {max_acf_weight} 之间</translation>
    </message>
    <message>
        <source>{not_acf}: its scale is {scale}, and Photoshop&apos;s is from 1 to {max_acf_scale}</source>
        <translation>{not_acf}：它的缩放为 {scale}，而 Photoshop 的缩放为 1 到 {max_acf_scale}</translation>
    </message>
    <message>
        <source>{not_acf}: its offset is {offset}, and Photoshop&apos;s lies between -{max_acf_offset} and {max_acf_offset}</source>
        <translation>{not_acf}：它的位移为 {offset}，而 Photoshop 的位移介于 -{max_acf_offset} 和 {max_acf_offset} 之间</translation>
    </message>
    <message>
        <source>Photoshop&apos;s 5×5 grid is centred on the pixel and reaches {reach} cells from it; this {rows}×{cols} kernel has weights {reach2} cells from its anchor (row {top}, column {left}), so it cannot be centred in the grid</source>
        <translation>Photoshop 的 5×5 网格以像素为中心，向外延伸 {reach} 个单元格；此 {rows}×{cols} 卷积核在距锚点（第 {top} 行，第 {left} 列）{reach2} 个单元格处有权重，因此无法在网格中居中</translation>
    </message>
    <message>
        <source>Photoshop&apos;s weights lie between -{max_acf_weight} and {max_acf_weight}, and the weight at row {value}, column {value2} is {value3:g}</source>
        <extracomment>Step options whose picture the file makes too (folded into its numbers, or for the border, noted), and alpha weighting, which changes nothing over opaque pixels. What Photoshop&apos;s Custom filter lacks for each other option, and what to do about it.</extracomment>
        <translation>Photoshop 的权重介于 -{max_acf_weight} 和 {max_acf_weight} 之间，而第 {value} 行第 {value2} 列的权重为 {value3:g}</translation>
    </message>
    <message>
        <source>Photoshop&apos;s scale (the divisor) is from 1 to {max_acf_scale}, and this step divides by {divisor:g}</source>
        <translation>Photoshop 的缩放（即除数）为 1 到 {max_acf_scale}，而此步骤除以 {divisor:g}</translation>
    </message>
    <message>
        <source>Photoshop&apos;s offset is a whole number of levels from -{max_acf_offset} to {max_acf_offset}, and this step adds {value}</source>
        <translation>Photoshop 的位移是 -{max_acf_offset} 到 {max_acf_offset} 之间的整数色阶，而此步骤加上 {value}</translation>
    </message>
    <message>
        <source>{name} holds 32-bit integer pixels, which are not supported</source>
        <translation>{name} 包含 32 位整数像素，不受支持</translation>
    </message>
    <message>
        <source>{name} holds 32-bit float pixels, which are not supported</source>
        <translation>{name} 包含 32 位浮点像素，不受支持</translation>
    </message>
    <message>
        <source>cannot save {pixels_dtype} pixels; use uint8, uint16 or float in 0..1</source>
        <translation>无法保存 {pixels_dtype} 像素；请使用 uint8、uint16 或 0..1 范围内的浮点数</translation>
    </message>
    <message>
        <source>cannot save an image with {channels} channels; use 1 to 4</source>
        <translation>无法保存含 {channels} 个通道的图像；请使用 1 到 4 个通道</translation>
    </message>
    <message>
        <source>{name} is a damaged PNG file (the checksum of its {shown} chunk is wrong)</source>
        <extracomment>Ancillary chunks that hold the picture itself: a checksum failure there is damage to it. The largest metadata chunk `find_chunk` returns: Pillow&apos;s own limit on a text chunk.</extracomment>
        <translation>{name} 是已损坏的 PNG 文件（其 {shown} 数据块的校验和有误）</translation>
    </message>
    <message>
        <source>{where} must be one of {choices}, got {value}</source>
        <translation>{where} 必须是 {choices} 之一，当前为 {value}</translation>
    </message>
    <message>
        <source>{where} must be a whole number, got {value}</source>
        <translation>{where} 必须是整数，当前为 {value}</translation>
    </message>
    <message>
        <source>{where} must be between {minimum} and {maximum}, got {number}</source>
        <translation>{where} 必须介于 {minimum} 和 {maximum} 之间，当前为 {number}</translation>
    </message>
    <message>
        <source>{where} must be odd, got {number}</source>
        <translation>{where} 必须是奇数，当前为 {number}</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Whole numbers up to this are written out in full; larger ones as 1e+15.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>preset {name} has no parameter {name2} (parameters: {hint})</source>
        <translation>预设 {name} 没有参数 {name2}（参数：{hint}）</translation>
    </message>
    <message>
        <source>unknown preset {name}; did you mean {close}? (presets: {presets})</source>
        <translation>未知预设 {name}；你是不是想用 {close}？（预设：{presets}）</translation>
    </message>
    <message>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation>未知预设 {name}（预设：{presets}）</translation>
    </message>
    <message>
        <source>{preset_name}: write parameters as name=value, got {item}</source>
        <translation>{preset_name}：参数应写成 name=value，当前为 {item}</translation>
    </message>
    <message>
        <source>{preset_name}: parameter {key} is given twice</source>
        <translation>{preset_name}：参数 {key} 给出了两次</translation>
    </message>
    <message>
        <source>{where} must be an object with keys such as &apos;kernel&apos; or &apos;preset&apos;</source>
        <translation>{where} 必须是含有 &apos;kernel&apos; 或 &apos;preset&apos; 等键的对象</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}; did you mean {close}?</source>
        <translation>{where}：未知键 {key}；你是不是想用 {close}？</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}</source>
        <translation>{where}：未知键 {key}</translation>
    </message>
    <message>
        <source>{where} needs a &apos;kernel&apos; or a &apos;preset&apos;</source>
        <translation>{where} 需要 &apos;kernel&apos; 或 &apos;preset&apos;</translation>
    </message>
    <message>
        <source>{where}: preset must be a name such as &apos;sharpen&apos;, got {preset}</source>
        <translation>{where}：preset 必须是 &apos;sharpen&apos; 这样的名称，当前为 {preset}</translation>
    </message>
    <message>
        <source>{where}: params must be an object such as {{&quot;size&quot;: 5}}</source>
        <translation>{where}：params 必须是 {{&quot;size&quot;: 5}} 这样的对象</translation>
    </message>
    <message>
        <source>{where}: params need a preset</source>
        <translation>{where}：params 需要配合 preset 使用</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>{where}：{exc}</translation>
    </message>
    <message>
        <source>a recipe must be a JSON object with a &apos;steps&apos; list</source>
        <translation>配方必须是含有 &apos;steps&apos; 列表的 JSON 对象</translation>
    </message>
    <message>
        <source>this is not a kernelstudio recipe (format is {data_format})</source>
        <translation>这不是 kernelstudio 配方（format 为 {data_format}）</translation>
    </message>
    <message>
        <source>recipe version must be a whole number from 1, got {version}</source>
        <translation>配方版本必须是从 1 起的整数，当前为 {version}</translation>
    </message>
    <message>
        <source>this recipe is version {version}, made by a newer kernelstudio; this one reads up to version {recipe_version}</source>
        <translation>此配方为版本 {version}，由较新的 kernelstudio 生成；当前版本最高只能读取版本 {recipe_version}</translation>
    </message>
    <message>
        <source>unknown recipe key {unknown_0} (keys: format, version, steps)</source>
        <translation>未知的配方键 {unknown_0}（键：format、version、steps）</translation>
    </message>
    <message>
        <source>a recipe needs a &apos;steps&apos; list</source>
        <translation>配方需要 &apos;steps&apos; 列表</translation>
    </message>
    <message>
        <source>a recipe holds at most {max_steps} steps, got {steps}</source>
        <translation>配方最多包含 {max_steps} 个步骤，当前为 {steps}</translation>
    </message>
    <message>
        <source>{name} is not a number a recipe may hold; use finite numbers</source>
        <translation>{name} 不是配方能容纳的数；请使用有限数</translation>
    </message>
    <message>
        <source>the recipe is nested too deeply to be a recipe</source>
        <translation>此配方嵌套太深，不是有效的配方</translation>
    </message>
    <message>
        <source>cannot read recipe {name}: {exc}</source>
        <translation>无法读取配方 {name}：{exc}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; not a recipe</source>
        <translation>{name} 大于 {megabytes} MB；不是配方</translation>
    </message>
    <message>
        <source>{name} is not a text file; recipes are UTF-8 JSON</source>
        <translation>{name} 不是文本文件；配方是 UTF-8 JSON</translation>
    </message>
    <message>
        <source>cannot save recipe {path}: {exc}</source>
        <translation>无法保存配方 {path}：{exc}</translation>
    </message>
    <message>
        <source>cannot write {path}: kernelstudio reads HEIC photos but does not write them; end the name with {written}</source>
        <extracomment>JPEG, WebP and AVIF quality of the window&apos;s exports and the command line&apos;s outputs. The formats that take a quality. libaom&apos;s speed for AVIF (0 slowest to 10): 8 encodes a 12-megapixel photo in about 5 s on two cores where Pillow&apos;s default 6 takes 15 to 20 s, for files 20% larger and the same error at quality 95. File extensions kernelstudio reads and writes, and the format each one means. File extensions of formats kernelstudio reads but does not write. The extensions an output&apos;s name can end with, as messages list them. The largest width or height each format can store (libjpeg&apos;s and libwebp&apos;s limits; for AVIF, the largest libavif reads back by default).</extracomment>
        <translation>无法写入 {path}：kernelstudio 能读取 HEIC 照片，但不能写出；请让文件名以 {written} 结尾</translation>
    </message>
    <message>
        <source>cannot tell the format of {path} ({shown}); end the name with {written}</source>
        <translation>无法判断 {path} 的格式（{shown}）；请让文件名以 {written} 结尾</translation>
    </message>
    <message>
        <source>cannot write {name}: the folder {folder} does not exist</source>
        <translation>无法写入 {name}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write {name}: {kind} holds at most {largest}×{largest} pixels and the image is {cols}×{rows}; choose .png or .tif</source>
        <translation>无法写入 {name}：{kind} 最多容纳 {largest}×{largest} 像素，而图像为 {cols}×{rows}；请选择 .png 或 .tif</translation>
    </message>
    <message>
        <source>quality must be a whole number from 1 to 100, got {quality}</source>
        <translation>质量必须是 1 到 100 的整数，当前为 {quality}</translation>
    </message>
    <message>
        <source>cannot write {name}: {exc}</source>
        <translation>无法写入 {name}：{exc}</translation>
    </message>
    <message>
        <source>cannot write {name} as {kind}: {exc}</source>
        <translation>无法将 {name} 写为 {kind}：{exc}</translation>
    </message>
    <message>
        <source>the kernel does not match preset {preset_name} with these parameters; drop the preset or the kernel</source>
        <translation>卷积核与使用这些参数的预设 {preset_name} 不符；请去掉预设或卷积核</translation>
    </message>
    <message>
        <source>a step needs a kernel or a preset</source>
        <translation>步骤需要卷积核或预设</translation>
    </message>
    <message>
        <source>params only make sense together with a preset</source>
        <translation>params 只有与预设一起使用才有意义</translation>
    </message>
    <message>
        <source>divisor must not be 0 (or closer to 0 than {value:g})</source>
        <translation>除数不能为 0（也不能比 {value:g} 更接近 0）</translation>
    </message>
    <message>
        <source>name must be text, got {name}</source>
        <translation>名称必须是文本，当前为 {name}</translation>
    </message>
    <message>
        <source>dividing the weights by {by} makes them too large; {fix}</source>
        <translation>将权重除以 {by} 会使其过大；{fix}</translation>
    </message>
    <message>
        <source>a {kind} step has one divisor per channel; ask for its divisors</source>
        <extracomment>Most steps a stack holds: far beyond any look, and few enough that a stack (a recipe, a session) is always read, shown and filtered in bounded time. What `_shared` says of each value a step of another kind has one of per channel.</extracomment>
        <translation>{kind} 步骤的每个通道各有一个除数；请读取其各通道的除数</translation>
    </message>
    <message>
        <source>a {kind} step has one offset per channel; ask for its offsets</source>
        <translation>{kind} 步骤的每个通道各有一个偏移；请读取其各通道的偏移</translation>
    </message>
    <message>
        <source>a kernel is shared, per-channel or cross-channel, not {kind}</source>
        <translation>卷积核只能是 shared、per-channel 或 cross-channel，不能是 {kind}</translation>
    </message>
    <message>
        <source>the kernel mixes channels (an output channel takes weight from another input channel), so it cannot be made {value}; set the grids between different channels to 0 first</source>
        <translation>卷积核混合了通道（某个输出通道从另一个输入通道获取权重），因此无法设为{value}；请先把不同通道之间的网格置为 0</translation>
    </message>
    <message>
        <source>the channels have different grids, so one shared kernel cannot stand for them; make them equal first</source>
        <translation>各通道的网格不同，因此无法用一个共享卷积核代表它们；请先使它们相同</translation>
    </message>
    <message>
        <source>the channels have different offsets, so one shared kernel cannot stand for them; give them the same offset first</source>
        <translation>各通道的偏移不同，因此无法用一个共享卷积核代表它们；请先给它们相同的偏移</translation>
    </message>
    <message>
        <source>a slice of a cross-channel kernel is named by its output and its input channel</source>
        <translation>跨通道卷积核的切片由其输出通道和输入通道命名</translation>
    </message>
    <message>
        <source>border &apos;valid&apos; takes {last_row} rows and {last_col} columns a pass: {iterations} iterations need an image of at least {need_0}×{need_1}; the image is {image_rows}×{image_cols}</source>
        <translation>&apos;valid&apos; 边界每次会去掉 {last_row} 行和 {last_col} 列：{iterations} 次迭代需要至少 {need_0}×{need_1} 的图像；当前图像为 {image_rows}×{image_cols}</translation>
    </message>
    <message>
        <source>one offset per channel needs a kernel per channel (C × rows × columns); this kernel is shared, so give one number, not {offset}</source>
        <extracomment>The fields of `Step` that are its options (every field but the kernel, preset, params, enabled and name), in recipe order. Their metadata holds the command line&apos;s ``help`` and ``cli_order``, and where needed its ``flag``, ``metavar`` and ``choices``.</extracomment>
        <translation>每通道一个偏移需要逐通道卷积核（C × 行 × 列）；此卷积核是共享的，请给出一个数，而不是 {offset}</translation>
    </message>
    <message>
        <source>the kernel has {slices} channel slices, so give one offset or {slices}, not {offset}</source>
        <translation>卷积核有 {slices} 个通道切片，请给出 1 个或 {slices} 个偏移，而不是 {offset}</translation>
    </message>
    <message>
        <source>a stack holds at most {max_steps} steps, got {steps}</source>
        <translation>堆栈最多容纳 {max_steps} 个步骤，当前为 {steps}</translation>
    </message>
    <message>
        <source>a stack holds steps, got {name}</source>
        <translation>堆栈容纳的是步骤，当前为 {name}</translation>
    </message>
    <message>
        <source>there is no step {index} in a stack of {steps}</source>
        <translation>在 {steps} 个步骤的堆栈中没有第 {index} 步</translation>
    </message>
    <message>
        <source>channels must be text such as &apos;color&apos;, &apos;all&apos; or &apos;rb&apos;, got {channels}</source>
        <extracomment>Named channel selections; any combination of the letters r, g, b and a works too. Most times one step may be repeated (ImageMagick&apos;s ``Convolve:N``).</extracomment>
        <translation>channels 必须是 &apos;color&apos;、&apos;all&apos; 或 &apos;rb&apos; 这样的文本，当前为 {channels}</translation>
    </message>
    <message>
        <source>channels must be &apos;color&apos;, &apos;all&apos; or letters from r, g, b, a (such as &apos;rb&apos;), got {channels}</source>
        <translation>channels 必须是 &apos;color&apos;、&apos;all&apos;，或由 r、g、b、a 组成的字母（如 &apos;rb&apos;），当前为 {channels}</translation>
    </message>
    <message>
        <source>{name} must be between {low:g} and {high:g}, got {number:g}</source>
        <translation>{name} 必须介于 {low:g} 和 {high:g} 之间，当前为 {number:g}</translation>
    </message>
    <message>
        <source>normalize must be true, false or &quot;gimp&quot;, got {value}</source>
        <translation>normalize 必须是 true、false 或 &quot;gimp&quot;，当前为 {value}</translation>
    </message>
    <message>
        <source>iterations must be between 1 and {max_iterations}, got {count}</source>
        <translation>迭代次数必须介于 1 和 {max_iterations} 之间，当前为 {count}</translation>
    </message>
    <message>
        <source>anchor must be a (row, column) pair such as [1, 1], got {anchor}</source>
        <translation>锚点必须是（行，列）数对，如 [1, 1]，当前为 {anchor}</translation>
    </message>
    <message>
        <source>anchor ({row}, {col}) lies outside the {rows}×{cols} kernel (rows 0 to {last_row}, columns 0 to {last_col})</source>
        <translation>锚点 ({row}, {col}) 位于 {rows}×{cols} 卷积核之外（行 0 到 {last_row}，列 0 到 {last_col}）</translation>
    </message>
    <message>
        <source>an anchor is ROW,COL such as 1,1, got {text}</source>
        <translation>锚点写作 ROW,COL，如 1,1，当前为 {text}</translation>
    </message>
    <message>
        <source>an anchor&apos;s row and column are whole numbers, got {text}</source>
        <translation>锚点的行和列必须是整数，当前为 {text}</translation>
    </message>
    <message>
        <source>an offset is a number such as 10, or one per channel such as 10,0,-5, got {text}</source>
        <translation>偏移是一个数（如 10），或每通道一个（如 10,0,-5），当前为 {text}</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} 必须是 true 或 false，当前为 {value}</translation>
    </message>
    <message>
        <source>momentum must be a number from 0 to just below 1, got {momentum!r}</source>
        <extracomment>Most updates one call of `Trainer.step` runs.</extracomment>
        <translation>动量必须是 0 到略小于 1 之间的数，当前为 {momentum!r}</translation>
    </message>
    <message>
        <source>count must be from 1 to {max_updates}, got {count}</source>
        <extracomment>weights = transform @ standardised weights, per system</extracomment>
        <translation>count 必须在 1 到 {max_updates} 之间，当前为 {count}</translation>
    </message>
    <message>
        <source>the learning rate must be a number above 0, got {rate!r}</source>
        <translation>学习率必须是大于 0 的数，当前为 {rate!r}</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <extracomment>Where the old contents of a file that could not be read go when the store is next written. How many of the user&apos;s presets (or problems with them) a message lists by name. A presets file larger than this is not one the window wrote.</extracomment>
        <translation>预设需要名称</translation>
    </message>
    <message>
        <source>a preset name may have at most {max_preset_name} characters</source>
        <translation>预设名称最多 {max_preset_name} 个字符</translation>
    </message>
    <message>
        <source>{name!r} is the name of a built-in preset; choose another name</source>
        <translation>{name!r} 是内置预设的名称；请另选一个名称</translation>
    </message>
    <message>
        <source>{path} is larger than {megabytes} MB; its presets were left out</source>
        <translation>{path} 大于 {megabytes} MB；其中的预设已被略去</translation>
    </message>
    <message>
        <source>cannot read {path}: not UTF-8 text</source>
        <translation>无法读取 {path}：不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{name} is not a number a presets file may hold; use finite numbers</source>
        <translation>{name} 不是预设文件能容纳的数；请使用有限数</translation>
    </message>
    <message>
        <source>the presets file is nested too deeply to be a presets file</source>
        <translation>此预设文件嵌套太深，不是有效的预设文件</translation>
    </message>
    <message>
        <source>{path} is damaged ({exc}); its presets were left out</source>
        <translation>{path} 已损坏（{exc}）；其中的预设已被略去</translation>
    </message>
    <message>
        <source>{path} holds no list of presets; they were left out</source>
        <translation>{path} 中没有预设列表；已将其略去</translation>
    </message>
    <message>
        <source>cannot save the presets in {path}: {exc}</source>
        <translation>无法将预设保存到 {path}：{exc}</translation>
    </message>
    <message>
        <source>expected a name and a kernel, got {entry}</source>
        <translation>应为名称和卷积核，当前为 {entry}</translation>
    </message>
    <message>
        <source>{name} is there twice; the first was kept</source>
        <translation>{name} 出现了两次；保留了第一个</translation>
    </message>
    <message>
        <source>a saved preset was left out: {exc}</source>
        <translation>已略去一个保存的预设：{exc}</translation>
    </message>
    <message>
        <source>{count} more saved presets were left out</source>
        <translation>另有 {count} 个保存的预设已被略去</translation>
    </message>
    <message>
        <source>{found!r} is your own preset, a fixed kernel; it takes no parameters, got {rest}</source>
        <translation>{found!r} 是你自己的预设，为固定卷积核；它不接受参数，当前为 {rest}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>以及另外 {count} 个</translation>
    </message>
    <message>
        <source>unknown preset {name}; did you mean {close}? (presets: {presets}; yours: {yours}; &apos;kernelstudio presets&apos; lists them)</source>
        <translation>未知预设 {name}；你是不是想用 {close}？（预设：{presets}；你的预设：{yours}；&apos;kernelstudio presets&apos; 可列出它们）</translation>
    </message>
    <message>
        <source>unknown preset {name} (presets: {presets}; yours: {yours}; &apos;kernelstudio presets&apos; lists them)</source>
        <translation>未知预设 {name}（预设：{presets}；你的预设：{yours}；&apos;kernelstudio presets&apos; 可列出它们）</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
</context>
<context>
    <name>insight</name>
    <message>
        <source>flat areas go to 0 (black): responds to edges only</source>
        <translation>平坦区域变为 0（黑色）：只对边缘有响应</translation>
    </message>
    <message>
        <source>keeps brightness</source>
        <translation>保持亮度</translation>
    </message>
    <message>
        <source>inverts brightness: flat areas × {gain}</source>
        <translation>反转亮度：平坦区域 × {gain}</translation>
    </message>
    <message>
        <source>brightens by {percent}%</source>
        <translation>提亮 {percent}%</translation>
    </message>
    <message>
        <source>darkens by {percent}%</source>
        <translation>变暗 {percent}%</translation>
    </message>
    <message>
        <source>{count} pixel up</source>
        <translation>向上 {count} 像素</translation>
    </message>
    <message>
        <source>{count} pixel down</source>
        <translation>向下 {count} 像素</translation>
    </message>
    <message>
        <source>{count} pixel left</source>
        <translation>向左 {count} 像素</translation>
    </message>
    <message>
        <source>{count} pixel right</source>
        <translation>向右 {count} 像素</translation>
    </message>
    <message>
        <source>{count} pixels up</source>
        <translation>向上 {count} 像素</translation>
    </message>
    <message>
        <source>{count} pixels down</source>
        <translation>向下 {count} 像素</translation>
    </message>
    <message>
        <source>{count} pixels left</source>
        <translation>向左 {count} 像素</translation>
    </message>
    <message>
        <source>{count} pixels right</source>
        <translation>向右 {count} 像素</translation>
    </message>
    <message>
        <source>Blank: every pixel becomes 0 (black)</source>
        <translation>空白：每个像素都变为 0（黑色）</translation>
    </message>
    <message>
        <source>Identity: every pixel stays as it is</source>
        <translation>恒等：每个像素保持不变</translation>
    </message>
    <message>
        <source>Scales every pixel by {weight}</source>
        <translation>将每个像素乘以 {weight}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <source>Shifts the photo by {moves}</source>
        <translation>平移照片：{moves}</translation>
    </message>
    <message>
        <source>Shifts the photo by {moves}, scaled by {weight}</source>
        <translation>平移照片：{moves}，并乘以 {weight}</translation>
    </message>
    <message>
        <source>Box blur: the plain average of a {rows}×{cols} square</source>
        <translation>盒式模糊：{rows}×{cols} 正方形的简单平均</translation>
    </message>
    <message>
        <source>Box blur: the plain average of a {rows}×{cols} rectangle</source>
        <translation>盒式模糊：{rows}×{cols} 矩形的简单平均</translation>
    </message>
    <message>
        <source>Blur (low-pass): a weighted average of the neighbourhood</source>
        <translation>模糊（低通）：邻域的加权平均</translation>
    </message>
    <message>
        <source>Inverted blur: minus a weighted average of the neighbourhood</source>
        <translation>反相模糊：邻域加权平均的相反数</translation>
    </message>
    <message>
        <source>Edge detector for horizontal edges (brightness changing from top to bottom)</source>
        <translation>水平边缘检测器（亮度从上到下变化）</translation>
    </message>
    <message>
        <source>Edge detector for vertical edges (brightness changing from left to right)</source>
        <translation>垂直边缘检测器（亮度从左到右变化）</translation>
    </message>
    <message>
        <source>Edge detector for diagonal edges</source>
        <translation>对角边缘检测器</translation>
    </message>
    <message>
        <source>Laplacian-like edge detector: outlines edges in every direction</source>
        <translation>类拉普拉斯边缘检测器：勾勒各个方向的边缘</translation>
    </message>
    <message>
        <source>Edge detector (high-pass): flat areas go to 0, changes stand out</source>
        <translation>边缘检测器（高通）：平坦区域变为 0，变化处突出</translation>
    </message>
    <message>
        <source>Emboss: a directional edge added to the photo, so edges look raised</source>
        <translation>浮雕：在照片上叠加有方向的边缘，使边缘看起来凸起</translation>
    </message>
    <message>
        <source>Sharpen (high-boost): the photo plus its edges</source>
        <translation>锐化（高增益）：照片加上其边缘</translation>
    </message>
    <message>
        <source>Custom: a mix of positive and negative weights</source>
        <translation>自定义：正负权重混合</translation>
    </message>
    <message>
        <source>mirror left-right</source>
        <translation>左右镜像</translation>
    </message>
    <message>
        <source>mirror top-bottom</source>
        <translation>上下镜像</translation>
    </message>
    <message>
        <source>180° rotation</source>
        <translation>180° 旋转</translation>
    </message>
    <message>
        <source>transpose</source>
        <translation>转置</translation>
    </message>
    <message>
        <source>read as one row of {cols} values (1×{cols}); for a {side}×{side} kernel separate the rows with &apos;;&apos;, as in &quot;{example}&quot;</source>
        <extracomment>Square sizes whose weights, written on one row, are most likely a square with the row breaks forgotten: 3×3, 5×5 and 7×7.</extracomment>
        <translation>已读作一行 {cols} 个值（1×{cols}）；若要 {side}×{side} 卷积核，请用 &apos;;&apos; 分隔各行，如 &quot;{example}&quot;</translation>
    </message>
</context>
<context>
    <name>kernels</name>
    <message>
        <source>shared</source>
        <extracomment>Largest kernel side accepted anywhere (the window, recipes, the command line, the API). Largest weight magnitude; keeps every sum finite in float32 for any image and kernel size. Most channels a per-channel or cross-channel kernel has a slice for: RGBA and beyond. The kinds of kernel a step has, by the number of its dimensions (2, 3 and 4). Each kind as people say it: &quot;a kernel per channel&quot; (English; translated where shown).</extracomment>
        <translation>共享</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>逐通道</translation>
    </message>
    <message>
        <source>across channels</source>
        <translation>跨通道</translation>
    </message>
</context>
<context>
    <name>learn</name>
    <message>
        <source> from each of {count} channels</source>
        <translation>（分别来自 {count} 个通道）</translation>
    </message>
    <message>
        <source>∞ dB (exact)</source>
        <translation>∞ dB（精确）</translation>
    </message>
    <message>
        <source>{psnr:.1f} dB</source>
        <translation>{psnr:.1f} dB</translation>
    </message>
    <message>
        <source>PSNR {decibels}, RMSE {rmse:.2f} levels, R² {r2:.4f}</source>
        <translation>PSNR {decibels}，RMSE {rmse:.2f} 色阶，R² {r2:.4f}</translation>
    </message>
    <message>
        <source>after is clipped (0 or full scale) almost everywhere, which hides what a kernel made: {pixels:.0f} pixels are left to learn {unknowns} numbers from: R² {r2:.4f}</source>
        <extracomment>A fit leaving at most this RMSE (8-bit levels) needs no warning: rounding to 8 bits leaves about 0.3. Residuals whose neighbours correlate less than this are noise, not structure. A curve explaining this share of after&apos;s variance makes the effect a tone change. A phase-correlation peak above this is a shift of the whole picture. The side of the middle crop the extra fits and the alignment check look at. Another fit is &quot;better&quot; when it leaves at most this share of the error.</extracomment>
        <translation>处理后图像几乎处处被截断（0 或满量程），掩盖了卷积核的效果：只剩 {pixels:.0f} 个像素用来求解 {unknowns} 个数：R² {r2:.4f}</translation>
    </message>
    <message>
        <source>before has too little detail to tell the kernel&apos;s weights apart (it pins down {rank} of the {unknowns} numbers), so this is one kernel of many that fit equally well: R² {r2:.4f}; learn from a photo with more detail, or a smaller size</source>
        <translation>处理前图像细节太少，无法区分卷积核的各个权重（{unknowns} 个数中只能确定 {rank} 个），因此这只是同样吻合的众多卷积核之一：R² {r2:.4f}；请用细节更多的照片学习，或减小大小</translation>
    </message>
    <message>
        <source>R² {r2:.4f}, error {rmse:.1f} levels</source>
        <translation>R² {r2:.4f}，误差 {rmse:.1f} 色阶</translation>
    </message>
    <message>
        <source>{shift}, so no kernel of this size maps one to the other: {figures}</source>
        <translation>{shift}，因此没有这个大小的卷积核能把一张映射到另一张：{figures}</translation>
    </message>
    <message>
        <source>the kernel fits inside the picture (error {inside:.1f} levels) but not near its edges: after was made with another border than {border}, or the two were cropped differently: {figures}</source>
        <translation>卷积核在图像内部吻合（误差 {inside:.1f} 色阶），但在边缘附近不吻合：处理后图像使用了 {border} 以外的边界，或两张图像的裁剪方式不同：{figures}</translation>
    </message>
    <message>
        <source>this looks like a tone change (a curve applied to every value), not a kernel: R² {r2:.4f} for the kernel, {tone:.4f} for a curve; use Curves or Levels in a photo editor instead</source>
        <translation>这看起来是色调变化（对每个值应用一条曲线），而不是卷积核：卷积核的 R² 为 {r2:.4f}，曲线为 {tone:.4f}；请改用照片编辑器中的曲线或色阶</translation>
    </message>
    <message>
        <source>{better}: {figures}</source>
        <translation>{better}：{figures}</translation>
    </message>
    <message>
        <source>after looks unrelated to before: {figures}</source>
        <translation>处理后图像看起来与处理前图像无关：{figures}</translation>
    </message>
    <message>
        <source>after holds random noise that no kernel makes ({rmse:.1f} levels); the kernel is the best fit without it: R² {r2:.4f}</source>
        <translation>处理后图像含有卷积核无法产生的随机噪声（{rmse:.1f} 色阶）；此卷积核是不计噪声时的最佳拟合：R² {r2:.4f}</translation>
    </message>
    <message>
        <source>the error left follows the picture&apos;s detail, so after looks made by a median-like or other non-linear filter (or saved with lossy compression), not by a kernel alone: {figures}</source>
        <translation>剩余误差随图像细节变化，因此处理后图像看起来是由中值类或其他非线性滤波器生成的（或经过有损压缩保存），而不仅仅是卷积核：{figures}</translation>
    </message>
    <message>
        <source>the images do not line up: after is moved {rows} rows and {cols} columns against before</source>
        <translation>图像没有对齐：处理后图像相对处理前图像偏移了 {rows} 行、{cols} 列</translation>
    </message>
    <message>
        <source>the images do not line up: parts of after are moved differently against before ({fewest_rows} to {most_rows} rows, {fewest_cols} to {most_cols} columns), as by a resize, turn or warp</source>
        <translation>图像没有对齐：处理后图像的各部分相对处理前图像偏移不一（{fewest_rows} 至 {most_rows} 行，{fewest_cols} 至 {most_cols} 列），像是经过了缩放、旋转或变形</translation>
    </message>
    <message>
        <source>after mixes the colour channels, which this mode cannot: mode cross-channel fits it better</source>
        <translation>处理后图像混合了颜色通道，当前模式做不到：跨通道（cross-channel）模式拟合得更好</translation>
    </message>
    <message>
        <source>a larger kernel fits clearly better: try size {rows}×{cols} or more</source>
        <translation>更大的卷积核明显拟合得更好：请尝试 {rows}×{cols} 或更大</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>{name}: only the first {max_frames} of {count} frames were written</source>
        <extracomment>Output formats that hold several frames: animated PNG, WebP and AVIF, multi-page TIFF. The most frames a photo is read with: 40 s of a 25-frame-a-second animation, more pages than a scanned document has. Pillow&apos;s TIFF writer takes time that grows as the square of the pages (1000 pages in 1.5 s, 2000 in 4.5 s): the limit keeps any save short. The longest WebP frame, in milliseconds: its duration has 24 bits. The longest WebP animation, in milliseconds: libwebp&apos;s timestamps are C ints. Milliseconds each frame is shown, the first frame&apos;s first. Times the animation plays; 0 is forever.</extracomment>
        <translation>{name}：{count} 帧中只写入了前 {max_frames} 帧</translation>
    </message>
    <message>
        <source>{name} holds one frame; only the first of {count} was written</source>
        <translation>{name} 只能容纳一帧；{count} 帧中只写入了第一帧</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; CMYK photos are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} 每通道 16 位；CMYK 照片以 8 位编辑和导出，额外的精度会丢失</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; animated PNGs are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} 每通道 16 位；动画 PNG 以 8 位编辑和导出，额外的精度会丢失</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; TIFFs compressed as {compression} are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} 每通道 16 位；以 {compression} 压缩的 TIFF 以 8 位编辑和导出，额外的精度会丢失</translation>
    </message>
    <message>
        <source>{name} is CMYK; it is shown, filtered and exported as RGB</source>
        <translation>{name} 为 CMYK；将以 RGB 显示、滤波和导出</translation>
    </message>
    <message>
        <source>{name} has more than {max_frames} frames; only the first {max_frames} are edited and written</source>
        <translation>{name} 超过 {max_frames} 帧；只编辑和写入前 {max_frames} 帧</translation>
    </message>
    <message>
        <source>{name}: {kind} could not hold this photo&apos;s camera settings and GPS (EXIF sub-blocks); they were left out</source>
        <translation>{name}：{kind} 无法容纳这张照片的相机设置和 GPS（EXIF 子块）；已将其省略</translation>
    </message>
    <message>
        <source>{name}: an animated PNG is written at 8 bits per channel; the 16-bit values were rounded to the nearest of 256 levels</source>
        <translation>{name}：动画 PNG 以每通道 8 位写入；16 位的值已取整到 256 级色阶中最接近的一级</translation>
    </message>
    <message>
        <source>{name}: {kind} holds 8 bits per channel; the 16-bit values were rounded to the nearest of 256 levels</source>
        <translation>{name}：{kind} 每通道只能容纳 8 位；16 位的值已取整到 256 级色阶中最接近的一级</translation>
    </message>
    <message>
        <source>{name}: {kind} could not hold this photo&apos;s EXIF data; it was written without it</source>
        <translation>{name}：{kind} 无法容纳这张照片的 EXIF 数据；写入时已将其省略</translation>
    </message>
    <message>
        <source>{name}: the pages differ in size or kind, which an animated {kind} cannot hold; only the first of {frames} was written</source>
        <translation>{name}：各页的大小或类型不同，动画 {kind} 无法容纳；{frames} 帧中只写入了第一帧</translation>
    </message>
    <message>
        <source>{name}: the EXIF data given is damaged; it was written without it</source>
        <translation>{name}：提供的 EXIF 数据已损坏；写入时已将其省略</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Blur</source>
        <extracomment>The families presets are filed under, in the order the window shows them. Titles, docs, sources, families and parameter docs are English (context &quot;presets&quot;), translated where shown.</extracomment>
        <translation>模糊</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>边缘</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>odd</source>
        <translation>奇数</translation>
    </message>
    <message>
        <source>side of the kernel in pixels</source>
        <translation>卷积核边长（像素）</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>spread in pixels; 0 picks it from the size</source>
        <translation>标准差（像素）；为 0 时根据大小自动选取</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>the side that must be brighter for a positive response</source>
        <translation>要产生正响应，哪一侧必须更亮</translation>
    </message>
    <message>
        <source>setosa.io Image Kernels</source>
        <translation>setosa.io Image Kernels</translation>
    </message>
    <message>
        <source>centre weight</source>
        <translation>中心权重</translation>
    </message>
    <message>
        <source>weight of the four neighbours</source>
        <translation>四个相邻像素的权重</translation>
    </message>
    <message>
        <source>A small 3×3 weighted average.</source>
        <translation>小型 3×3 加权平均。</translation>
    </message>
    <message>
        <source>inner</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>边</translation>
    </message>
    <message>
        <source>corner</source>
        <translation>角</translation>
    </message>
    <message>
        <source>weight of the four corners</source>
        <translation>四个角的权重</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>盒式模糊</translation>
    </message>
    <message>
        <source>The plain average of a square.</source>
        <translation>正方形的简单平均。</translation>
    </message>
    <message>
        <source>OpenCV blur (normalised box filter)</source>
        <translation>OpenCV blur（归一化盒式滤波器）</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>高斯模糊</translation>
    </message>
    <message>
        <source>A smooth blur with OpenCV&apos;s Gaussian.</source>
        <translation>使用 OpenCV 高斯核的平滑模糊。</translation>
    </message>
    <message>
        <source>OpenCV getGaussianKernel</source>
        <translation>OpenCV getGaussianKernel</translation>
    </message>
    <message>
        <source>Binomial</source>
        <translation>二项式</translation>
    </message>
    <message>
        <source>Pascal&apos;s triangle times itself: a Gaussian in whole numbers.</source>
        <translation>杨辉三角与自身相乘：用整数表示的高斯核。</translation>
    </message>
    <message>
        <source>ImageMagick Binomial</source>
        <translation>ImageMagick Binomial</translation>
    </message>
    <message>
        <source>Lens blur</source>
        <translation>镜头模糊</translation>
    </message>
    <message>
        <source>A disk, as an out-of-focus lens blurs; rim cells weigh the part of them inside the circle.</source>
        <translation>圆盘，像失焦的镜头那样模糊；边缘单元格按其落在圆内的部分加权。</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>半径</translation>
    </message>
    <message>
        <source>radius of the disk in pixels</source>
        <translation>圆盘半径（像素）</translation>
    </message>
    <message>
        <source>ImageMagick Disk, with area-weighted rim cells</source>
        <translation>ImageMagick Disk，边缘单元格按面积加权</translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation>运动模糊</translation>
    </message>
    <message>
        <source>Smears along a line, as a moving camera does.</source>
        <translation>沿一条直线拖影，就像相机移动时那样。</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>length of the smear in pixels</source>
        <translation>拖影长度（像素）</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <source>degrees counter-clockwise from horizontal</source>
        <translation>从水平方向逆时针计的角度</translation>
    </message>
    <message>
        <source>kernelstudio (an antialiased line)</source>
        <translation>kernelstudio（抗锯齿直线）</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Pillow&apos;s SMOOTH: a centre-weighted 3×3 average (divisor 13).</source>
        <translation>Pillow 的 SMOOTH：中心加权的 3×3 平均（除数 13）。</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.SMOOTH</source>
        <translation>Pillow ImageFilter.SMOOTH</translation>
    </message>
    <message>
        <source>Smooth more</source>
        <translation>更平滑</translation>
    </message>
    <message>
        <source>Pillow&apos;s SMOOTH_MORE: a centre-weighted 5×5 average (divisor 100).</source>
        <translation>Pillow 的 SMOOTH_MORE：中心加权的 5×5 平均（除数 100）。</translation>
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
        <translation>保持照片不变（按 iden 缩放）。</translation>
    </message>
    <message>
        <source>iden</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Boosts each pixel against its four neighbours.</source>
        <translation>以四个相邻像素为参照增强每个像素。</translation>
    </message>
    <message>
        <source>Unsharp mask</source>
        <translation>USM 锐化</translation>
    </message>
    <message>
        <source>Adds back the difference from a Gaussian blur.</source>
        <translation>加回与高斯模糊之间的差值。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>how much of the detail to add</source>
        <translation>要加回多少细节</translation>
    </message>
    <message>
        <source>textbook unsharp mask, with OpenCV&apos;s Gaussian</source>
        <translation>教科书式的 USM 锐化，使用 OpenCV 的高斯核</translation>
    </message>
    <message>
        <source>Edge enhance</source>
        <translation>边缘增强</translation>
    </message>
    <message>
        <source>Pillow&apos;s EDGE_ENHANCE; 9 is EDGE_ENHANCE_MORE.</source>
        <translation>Pillow 的 EDGE_ENHANCE；9 即 EDGE_ENHANCE_MORE。</translation>
    </message>
    <message>
        <source>center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>centre weight (sum is center - 8)</source>
        <translation>中心权重（总和为 center - 8）</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.EDGE_ENHANCE, EDGE_ENHANCE_MORE</source>
        <translation>Pillow ImageFilter.EDGE_ENHANCE、EDGE_ENHANCE_MORE</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>细节</translation>
    </message>
    <message>
        <source>Pillow&apos;s DETAIL: a gentle sharpen (divisor 6).</source>
        <translation>Pillow 的 DETAIL：温和的锐化（除数 6）。</translation>
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
        <translation>响应朝向某一方向的边缘。</translation>
    </message>
    <message>
        <source>weight of the middle taps</source>
        <translation>中间抽头的权重</translation>
    </message>
    <message>
        <source>weight of the corner taps</source>
        <translation>角上抽头的权重</translation>
    </message>
    <message>
        <source>OpenCV Sobel (ksize 3); setosa.io Image Kernels</source>
        <translation>OpenCV Sobel（ksize 3）；setosa.io Image Kernels</translation>
    </message>
    <message>
        <source>Prewitt</source>
        <translation>Prewitt</translation>
    </message>
    <message>
        <source>Sobel&apos;s edges with equal weights: flatter, noisier.</source>
        <translation>与 Sobel 相同的边缘，但权重相等：更平坦，噪声更多。</translation>
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
        <translation>与 Sobel 相同的边缘，但权重对各个角度更一视同仁。</translation>
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
        <translation>罗盘边缘：朝向某一方向的三个单元格为 5，其余为 -3。</translation>
    </message>
    <message>
        <source>the side or corner that must be brighter for a positive response</source>
        <translation>要产生正响应，哪条边或哪个角必须更亮</translation>
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
        <translation>最小的边缘检测器：2×2 对角差分。</translation>
    </message>
    <message>
        <source>the corner that must be brighter for a positive response</source>
        <translation>要产生正响应，哪个角必须更亮</translation>
    </message>
    <message>
        <source>Roberts cross (1963), as ImageMagick Roberts</source>
        <translation>Roberts 交叉算子（1963），同 ImageMagick Roberts</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>拉普拉斯</translation>
    </message>
    <message>
        <source>-1 around a centre that balances them: edges only. Size 3 is the 8-neighbour Laplacian (square) or the 4-neighbour one (cross).</source>
        <translation>-1 围绕一个与之平衡的中心：只保留边缘。大小为 3 时即 8 邻域拉普拉斯（square）或 4 邻域拉普拉斯（cross）。</translation>
    </message>
    <message>
        <source>form</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>十字</translation>
    </message>
    <message>
        <source>square: -1 on every other cell; cross: on the middle row and column</source>
        <translation>square：其余所有单元格为 -1；cross：仅中间的行和列为 -1</translation>
    </message>
    <message>
        <source>ImageMagick Laplacian:0 (square) and :1 (cross), at size 3</source>
        <translation>ImageMagick Laplacian:0（square）和 :1（cross），大小为 3 时</translation>
    </message>
    <message>
        <source>LoG</source>
        <translation>LoG</translation>
    </message>
    <message>
        <source>Laplacian of Gaussian: edges at one scale, as a Mexican hat; positive weights sum to 1, negative to -1.</source>
        <translation>高斯拉普拉斯：单一尺度上的边缘，形如墨西哥草帽；正权重之和为 1，负权重之和为 -1。</translation>
    </message>
    <message>
        <source>spread of the Gaussian in pixels; the kernel holds both signs only while sigma &lt; (size − 1) / 2, and blurs beyond</source>
        <translation>高斯的标准差（像素）；仅当 sigma &lt; (size − 1) / 2 时卷积核同时含有正负权重，超过则变为模糊</translation>
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
        <translation>高斯差分：sigma1 处的模糊减去 sigma2 处的模糊；正权重之和为 1，负权重之和为 -1。</translation>
    </message>
    <message>
        <source>spread of the positive Gaussian in pixels</source>
        <translation>正高斯的标准差（像素）</translation>
    </message>
    <message>
        <source>sigma1</source>
        <translation>sigma1</translation>
    </message>
    <message>
        <source>spread of the negative Gaussian in pixels</source>
        <translation>负高斯的标准差（像素）</translation>
    </message>
    <message>
        <source>sigma2</source>
        <translation>sigma2</translation>
    </message>
    <message>
        <source>ImageMagick DoG, with OpenCV&apos;s Gaussians</source>
        <translation>ImageMagick DoG，使用 OpenCV 的高斯核</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Highlights large differences between neighbours.</source>
        <translation>突出相邻像素之间的较大差异。</translation>
    </message>
    <message>
        <source>outer</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>weight of the eight neighbours</source>
        <translation>八个相邻像素的权重</translation>
    </message>
    <message>
        <source>Find edges</source>
        <translation>查找边缘</translation>
    </message>
    <message>
        <source>Pillow&apos;s FIND_EDGES: bright lines on black where the photo has edges.</source>
        <translation>Pillow 的 FIND_EDGES：照片有边缘的地方在黑底上显示亮线。</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.FIND_EDGES</source>
        <translation>Pillow ImageFilter.FIND_EDGES</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>浮雕</translation>
    </message>
    <message>
        <source>Makes edges look raised, lit from the top left.</source>
        <translation>使边缘看起来凸起，光从左上方照来。</translation>
    </message>
    <message>
        <source>diag</source>
        <translation>对角</translation>
    </message>
    <message>
        <source>weight of the diagonal corners</source>
        <translation>对角两角的权重</translation>
    </message>
    <message>
        <source>weight of the centre and its neighbours</source>
        <translation>中心及其相邻像素的权重</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>线描</translation>
    </message>
    <message>
        <source>Pillow&apos;s CONTOUR: dark lines on white where the photo has edges (offset 255).</source>
        <translation>Pillow 的 CONTOUR：照片有边缘的地方在白底上显示暗线（偏移 255）。</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.CONTOUR</source>
        <translation>Pillow ImageFilter.CONTOUR</translation>
    </message>
    <message>
        <source>Gabor</source>
        <translation>Gabor</translation>
    </message>
    <message>
        <source>Stripes under a Gaussian: responds to texture at one angle and spacing, like a CNN&apos;s first layer.</source>
        <translation>高斯窗下的条纹：对某一角度和间距的纹理有响应，类似 CNN 的第一层。</translation>
    </message>
    <message>
        <source>spread of the Gaussian in pixels</source>
        <translation>高斯的标准差（像素）</translation>
    </message>
    <message>
        <source>degrees, as OpenCV&apos;s theta: 0 upright stripes, 90 level ones, turning clockwise</source>
        <translation>角度，同 OpenCV 的 theta：0 为竖直条纹，90 为水平条纹，顺时针旋转</translation>
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
        <translation>条纹的波长（像素）</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <source>aspect: below 1 the stripes are longer than the Gaussian is wide</source>
        <translation>纵横比：小于 1 时条纹比高斯的宽度更长</translation>
    </message>
    <message>
        <source>phase in degrees: 0 a bright centre stripe, 90 an edge</source>
        <translation>相位（度）：0 为中心亮条纹，90 为边缘</translation>
    </message>
    <message>
        <source>psi</source>
        <translation>psi</translation>
    </message>
    <message>
        <source>OpenCV getGaborKernel (theta and psi in degrees)</source>
        <translation>OpenCV getGaborKernel（theta 和 psi 以度为单位）</translation>
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
        <translation>共享</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>逐通道</translation>
    </message>
    <message>
        <source>Across channels</source>
        <translation>跨通道</translation>
    </message>
</context>
</TS>
