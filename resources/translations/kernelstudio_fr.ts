<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Created by someone else (the undo stack); only named, keyed and placed here. The menus, by key, in the menu bar&apos;s order.</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Kernel</source>
        <translation>&amp;Noyau</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a photo</source>
        <translation>Ouvrir une photo</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the full-resolution result</source>
        <translation>Exporter le résultat en pleine résolution</translation>
    </message>
    <message>
        <source>&amp;Save Recipe…</source>
        <translation>Enre&amp;gistrer la recette…</translation>
    </message>
    <message>
        <source>Save the stack as a recipe</source>
        <translation>Enregistrer la pile comme recette</translation>
    </message>
    <message>
        <source>&amp;Load Recipe…</source>
        <translation>&amp;Charger une recette…</translation>
    </message>
    <message>
        <source>Replace the stack with a saved recipe</source>
        <translation>Remplacer la pile par une recette enregistrée</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit kernelstudio</source>
        <translation>Quitter kernelstudio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Copy Step as C&amp;ode…</source>
        <translation>Copier l’étape en c&amp;ode…</translation>
    </message>
    <message>
        <source>Copy as code: the selected step as an OpenCV, SciPy, PyTorch or ImageMagick script</source>
        <translation>Copier en code&#xa0;: l’étape sélectionnée en script OpenCV, SciPy, PyTorch ou ImageMagick</translation>
    </message>
    <message>
        <source>Copy Stack as Co&amp;de…</source>
        <translation>Copier la pile en co&amp;de…</translation>
    </message>
    <message>
        <source>Copy as code: the whole stack as an OpenCV, SciPy, PyTorch or ImageMagick script</source>
        <translation>Copier en code&#xa0;: toute la pile en script OpenCV, SciPy, PyTorch ou ImageMagick</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The largest photo to open; metadata on export; the language</source>
        <translation>La plus grande photo à ouvrir, les métadonnées à l’export, la langue</translation>
    </message>
    <message>
        <source>&amp;Cancel Work</source>
        <translation>Arrêter le &amp;travail</translation>
    </message>
    <message>
        <source>Stop the filtering, opening or export running</source>
        <translation>Arrêter le filtrage, l’ouverture ou l’export en cours</translation>
    </message>
    <message>
        <source>&amp;Import kernel…</source>
        <translation>&amp;Importer un noyau…</translation>
    </message>
    <message>
        <source>Import kernel: a Photoshop Custom filter (.acf) or kernel text into the selected step</source>
        <translation>Importer un noyau&#xa0;: un filtre Personnalisé de Photoshop (.acf) ou du texte de noyau dans l’étape sélectionnée</translation>
    </message>
    <message>
        <source>E&amp;xport kernel…</source>
        <translation>E&amp;xporter le noyau…</translation>
    </message>
    <message>
        <source>Export kernel: the selected step&apos;s kernel as a Photoshop Custom filter (.acf) or kernel text</source>
        <translation>Exporter le noyau&#xa0;: celui de l’étape sélectionnée, en filtre Personnalisé de Photoshop (.acf) ou en texte de noyau</translation>
    </message>
    <message>
        <source>&amp;Learn from example…</source>
        <translation>&amp;Apprendre d’un exemple…</translation>
    </message>
    <message>
        <source>Learn from example: the kernel that turns the photo into an image you have</source>
        <translation>Apprendre d’un exemple&#xa0;: le noyau qui transforme la photo en une image que vous avez</translation>
    </message>
    <message>
        <source>&amp;Train like a CNN…</source>
        <translation>&amp;Entraîner comme un CNN…</translation>
    </message>
    <message>
        <source>Train like a CNN: watch gradient descent find a kernel from random weights</source>
        <translation>Entraîner comme un CNN&#xa0;: voir la descente de gradient trouver un noyau à partir de poids aléatoires</translation>
    </message>
    <message>
        <source>&amp;Split View</source>
        <translation>Vue &amp;scindée</translation>
    </message>
    <message>
        <source>Before on the left of the line, after on the right (hold \ for the original)</source>
        <translation>Avant à gauche de la ligne, après à droite (maintenir \ pour voir l’original)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>Fit the photo in the window</source>
        <translation>Ajuster la photo à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel</source>
        <translation>Un pixel de la photo par pixel d’écran</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>Getting started: what a kernel is, and the first minute</source>
        <translation>Premiers pas&#xa0;: ce qu’est un noyau, et la première minute</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: every key the window answers to</source>
        <translation>Raccourcis clavier&#xa0;: toutes les touches auxquelles la fenêtre répond</translation>
    </message>
    <message>
        <source>&amp;About kernelstudio</source>
        <translation>À pr&amp;opos de kernelstudio</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Photos &amp;récentes</translation>
    </message>
    <message>
        <source>Photos opened lately</source>
        <translation>Photos ouvertes récemment</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <source>Autosave is off: {folder} cannot be made or written ({error}).</source>
        <extracomment>The session is saved this long after the last edit, and at least this often.</extracomment>
        <translation>Sauvegarde automatique désactivée&#xa0;: impossible de créer {folder} ou d’y écrire ({error}).</translation>
    </message>
    <message>
        <source>the sessions folder</source>
        <translation>le dossier des sessions</translation>
    </message>
    <message>
        <source>Could not autosave the session: {error}</source>
        <translation>Impossible d’enregistrer automatiquement la session&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Autosaved sessions</source>
        <translation>Sessions enregistrées automatiquement</translation>
    </message>
    <message>
        <source>the stack of 1 step and the photo {photo}</source>
        <translation>la pile de 1 étape et la photo {photo}</translation>
    </message>
    <message>
        <source>the stack of {count} steps and the photo {photo}</source>
        <translation>la pile de {count} étapes et la photo {photo}</translation>
    </message>
    <message>
        <source>the stack of 1 step</source>
        <translation>la pile de 1 étape</translation>
    </message>
    <message>
        <source>the stack of {count} steps</source>
        <translation>la pile de {count} étapes</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>à une heure inconnue</translation>
    </message>
    <message>
        <source>Restore the last session?</source>
        <translation>Restaurer la dernière session&#xa0;?</translation>
    </message>
    <message>
        <source>kernelstudio did not close normally (last saved {when}). Restore {what}?</source>
        <translation>kernelstudio ne s’est pas fermé normalement (dernier enregistrement {when}). Restaurer {what}&#xa0;?</translation>
    </message>
    <message>
        <source> If you restore it, the sessions not yet offered are kept for the next start.</source>
        <translation> Si vous la restaurez, les sessions pas encore proposées sont gardées pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>Restore a session? ({number} of {total})</source>
        <translation>Restaurer une session&#xa0;? ({number} sur {total})</translation>
    </message>
    <message>
        <source>{total} kernelstudio windows did not close normally; this one was last saved {when}. Restore {what}?</source>
        <translation>{total} fenêtres de kernelstudio ne se sont pas fermées normalement&#xa0;; celle-ci a été enregistrée pour la dernière fois {when}. Restaurer {what}&#xa0;?</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>Restaurer la session</translation>
    </message>
    <message>
        <source>The session&apos;s photo {photo} is gone; its stack is restored on the photo open now.</source>
        <translation>La photo de la session, {photo}, a disparu&#xa0;; sa pile est restaurée sur la photo ouverte.</translation>
    </message>
    <message>
        <source>The lock of the autosaved session {session} is not a lock file ({reason}) and could not be renamed ({error}); that session is left as it is.</source>
        <translation>Le verrou de la session enregistrée {session} n’est pas un fichier de verrou ({reason}) et n’a pas pu être renommé ({error})&#xa0;; cette session est laissée telle quelle.</translation>
    </message>
    <message>
        <source>The lock of the autosaved session {session} was not a lock file ({reason}); it was renamed {aside} in {folder}, and the window opened as usual.</source>
        <translation>Le verrou de la session enregistrée {session} n’était pas un fichier de verrou ({reason})&#xa0;; il a été renommé {aside} dans {folder}, et la fenêtre s’est ouverte normalement.</translation>
    </message>
    <message>
        <source>The autosaved session {path} is damaged ({error}) and could not be renamed ({why}); it is left as it is.</source>
        <translation>La session enregistrée {path} est endommagée ({error}) et n’a pas pu être renommée ({why})&#xa0;; elle est laissée telle quelle.</translation>
    </message>
    <message>
        <source>The autosaved session {session} could not be read ({error}); it was renamed {aside} in {folder}, and the window opened as usual.</source>
        <translation>La session enregistrée {session} n’a pas pu être lue ({error})&#xa0;; elle a été renommée {aside} dans {folder}, et la fenêtre s’est ouverte normalement.</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Photo canvas</source>
        <translation>Zone de la photo</translation>
    </message>
    <message>
        <source>The photo: wheel to zoom, drag to pan, drag the line to compare; hold \ to see the original</source>
        <translation>La photo&#xa0;: molette pour zoomer, glisser pour déplacer, glisser la ligne pour comparer&#xa0;; maintenir \ pour voir l’original</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Copy as code</source>
        <extracomment>After an edit, how long the stack must stay as it is before the script is written again (in ms): a slider being dragged would otherwise rewrite a large kernel&apos;s script each step.</extracomment>
        <translation>Copier en code</translation>
    </message>
    <message>
        <source>Library: what the script is written for</source>
        <translation>Bibliothèque&#xa0;: celle pour laquelle le script est écrit</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Selected &amp;step</source>
        <translation>É&amp;tape sélectionnée</translation>
    </message>
    <message>
        <source>Selected step: only the step chosen in the stack</source>
        <translation>Étape sélectionnée&#xa0;: seulement l’étape choisie dans la pile</translation>
    </message>
    <message>
        <source>Whole s&amp;tack</source>
        <translation>Toute la &amp;pile</translation>
    </message>
    <message>
        <source>Whole stack: every enabled step, in order</source>
        <translation>Toute la pile&#xa0;: chaque étape activée, dans l’ordre</translation>
    </message>
    <message>
        <source>How to run it: the file to save it as, and what it needs</source>
        <translation>Comment l’exécuter&#xa0;: le fichier sous lequel l’enregistrer, et ce qu’il lui faut</translation>
    </message>
    <message>
        <source>Code: the script, as Copy puts it on the clipboard</source>
        <translation>Code&#xa0;: le script, tel que Copier le met dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy: put the script on the clipboard</source>
        <translation>Copier&#xa0;: mettre le script dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied: what Copy did</source>
        <translation>Copié&#xa0;: ce qu’a fait Copier</translation>
    </message>
    <message>
        <source>Save it as {file} and run: {run}   (it needs: {needs})</source>
        <translation>Enregistrez-le sous {file} et lancez&#xa0;: {run}   (il lui faut&#xa0;: {needs})</translation>
    </message>
    <message>
        <source>No code to show: {error}.</source>
        <translation>Aucun code à afficher&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Copied {count} lines of {library} code.</source>
        <translation>{count} lignes de code {library} copiées.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>A stack holds at most {count} steps; remove one first.</source>
        <extracomment>What Add puts in the stack, and what the greyed options show with no step selected. The selected step, what it holds, or the slice of it on show changed: controls showing it must refresh. An edit was not made; the text says why, for the status bar.</extracomment>
        <translation>Une pile contient au plus {count} étapes&#xa0;; supprimez-en une d’abord.</translation>
    </message>
    <message>
        <source>Remove {title}</source>
        <translation>Supprimer {title}</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>Déplacer {title}</translation>
    </message>
</context>
<context>
    <name>ErrorLog</name>
    <message>
        <source>the error output (the app-data folder {folder} cannot hold a log: {error})</source>
        <extracomment>The libraries whose log lines go to the same file.</extracomment>
        <translation>la sortie d’erreur (le dossier de données de l’application {folder} ne peut pas contenir de journal&#xa0;: {error})</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <source>Sobel, four directions</source>
        <extracomment>The banks offered, by key: what the menu says (translated as the menu is filled).</extracomment>
        <translation>Sobel, quatre directions</translation>
    </message>
    <message>
        <source>Outline, emboss, sharpen, blur</source>
        <translation>Contour, repoussage, netteté, flou</translation>
    </message>
    <message>
        <source>Every preset</source>
        <translation>Tous les préréglages</translation>
    </message>
    <message>
        <source>The steps of the stack, each on its own</source>
        <translation>Les étapes de la pile, chacune seule</translation>
    </message>
    <message>
        <source>{title}, slice {slice}</source>
        <translation>{title}, tranche {slice}</translation>
    </message>
    <message>
        <source>Sobel {direction}</source>
        <translation>Sobel {direction}</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <extracomment>Emitted when new tiles are on show (tests wait for it).</extracomment>
        <translation>Cartes de caractéristiques</translation>
    </message>
    <message>
        <source>A bank of kernels on the photo, side by side, as a CNN layer sees it</source>
        <translation>Une banque de noyaux sur la photo, côte à côte, comme les voit une couche de CNN</translation>
    </message>
    <message>
        <source>Bank: the kernels to compare</source>
        <translation>Banque&#xa0;: les noyaux à comparer</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>ReLU: set negative responses to 0, as a CNN does</source>
        <translation>ReLU&#xa0;: ramener à 0 les réponses négatives, comme un CNN</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Stride: keep every n-th pixel of each map</source>
        <translation>Pas (stride)&#xa0;: garder un pixel sur n de chaque carte</translation>
    </message>
    <message>
        <source>2×2 max-pool</source>
        <translation>Max-pooling 2×2</translation>
    </message>
    <message>
        <source>Max-pool: keep the largest value of each 2×2 block</source>
        <translation>Max-pooling&#xa0;: garder la plus grande valeur de chaque bloc 2×2</translation>
    </message>
    <message>
        <source>What the tiles show</source>
        <translation>Ce que montrent les vignettes</translation>
    </message>
    <message>
        <source>Feature maps: click one to add its kernel to the stack</source>
        <translation>Cartes de caractéristiques&#xa0;: cliquez sur l’une d’elles pour ajouter son noyau à la pile</translation>
    </message>
    <message>
        <source>The stack is empty: add steps to compare them.</source>
        <translation>La pile est vide&#xa0;: ajoutez des étapes pour les comparer.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>{title}: {width}×{height}, values {low} to {high}. Click to add it to the stack.</source>
        <translation>{title}&#xa0;: {width}×{height}, valeurs de {low} à {high}. Cliquez pour l’ajouter à la pile.</translation>
    </message>
    <message>
        <source>Photo in grey at {width}×{height}; red &gt; 0, blue &lt; 0</source>
        <translation>Photo en gris en {width}×{height}&#xa0;; rouge &gt; 0, bleu &lt; 0</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>Ajouter {title}</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Recipes (*.json)</source>
        <translation>Recettes (*.json)</translation>
    </message>
    <message>
        <source>Photoshop Custom filters (*.acf)</source>
        <translation>Filtres Personnalisé de Photoshop (*.acf)</translation>
    </message>
    <message>
        <source>Kernel text (*.txt)</source>
        <translation>Texte de noyau (*.txt)</translation>
    </message>
    <message>
        <source>Kernels (*.acf *.txt)</source>
        <translation>Noyaux (*.acf *.txt)</translation>
    </message>
    <message>
        <source>Cannot open photo</source>
        <extracomment>The dialog&apos;s title when a job of each kind fails (translated where shown).</extracomment>
        <translation>Impossible d’ouvrir la photo</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <source>Cannot load recipe</source>
        <translation>Impossible de charger la recette</translation>
    </message>
    <message>
        <source>Cannot import the kernel</source>
        <translation>Impossible d’importer le noyau</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before opening another photo?</source>
        <extracomment>What `confirm_discard` asks, by what is about to happen.</extracomment>
        <translation>La pile a des modifications non enregistrées dans une recette. Les enregistrer avant d’ouvrir une autre photo&#xa0;?</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before loading a recipe?</source>
        <translation>La pile a des modifications non enregistrées dans une recette. Les enregistrer avant de charger une recette&#xa0;?</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before opening what was dropped?</source>
        <translation>La pile a des modifications non enregistrées dans une recette. Les enregistrer avant d’ouvrir ce qui a été déposé&#xa0;?</translation>
    </message>
    <message>
        <source>The stack has changes that are not saved in a recipe. Save them before closing?</source>
        <translation>La pile a des modifications non enregistrées dans une recette. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <extracomment>A photo finished loading and is shown. An export was written. A recipe was read and is now the stack. A kernel file was read into the selected step (or a new one). The selected step&apos;s kernel was written to a kernel file.</extracomment>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>Ouvrir une photo</translation>
    </message>
    <message>
        <source>{file} — kernelstudio</source>
        <translation>{file} — kernelstudio</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Ouvert&#xa0;: {path}</translation>
    </message>
    <message>
        <source>About this photo</source>
        <translation>À propos de cette photo</translation>
    </message>
    <message>
        <source> (Edit ▸ Preferences sets the limit)</source>
        <translation> (Édition ▸ Préférences fixe la limite)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <source>Replace the original?</source>
        <translation>Remplacer l’original&#xa0;?</translation>
    </message>
    <message>
        <source>{path} is the photo you opened. Replace it with the result? The original cannot be brought back.</source>
        <translation>{path} est la photo que vous avez ouverte. La remplacer par le résultat&#xa0;? L’original ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Export quality</source>
        <translation>Qualité d’export</translation>
    </message>
    <message>
        <source>{format} quality (1 to 100):</source>
        <translation>Qualité {format} (1 à 100)&#xa0;:</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Export de {file}…</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exporté&#xa0;: {path}</translation>
    </message>
    <message>
        <source>About this export</source>
        <translation>À propos de cet export</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>Enregistrer la recette</translation>
    </message>
    <message>
        <source>Cannot save recipe</source>
        <translation>Impossible d’enregistrer la recette</translation>
    </message>
    <message>
        <source>Saved recipe {path}</source>
        <translation>Recette enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Load recipe</source>
        <translation>Charger une recette</translation>
    </message>
    <message>
        <source>Loading recipe {file}…</source>
        <translation>Chargement de la recette {file}…</translation>
    </message>
    <message>
        <source>Load recipe {file}</source>
        <translation>Charger la recette {file}</translation>
    </message>
    <message>
        <source>Loaded recipe {path}</source>
        <translation>Recette chargée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Import kernel</source>
        <translation>Importer un noyau</translation>
    </message>
    <message>
        <source>Importing kernel {file}…</source>
        <translation>Import du noyau {file}…</translation>
    </message>
    <message>
        <source>Import kernel {file}</source>
        <translation>Importer le noyau {file}</translation>
    </message>
    <message>
        <source>Imported {path} into step {number}</source>
        <translation>{path} importé dans l’étape {number}</translation>
    </message>
    <message>
        <source>Export kernel</source>
        <translation>Exporter le noyau</translation>
    </message>
    <message>
        <source>

Kernel text (.txt) holds any kernel.</source>
        <translation>

Le texte de noyau (.txt) peut contenir n’importe quel noyau.</translation>
    </message>
    <message>
        <source>Cannot export the kernel</source>
        <translation>Impossible d’exporter le noyau</translation>
    </message>
    <message>
        <source>Exported the kernel to {path}</source>
        <translation>Noyau exporté dans {path}</translation>
    </message>
    <message>
        <source>About this kernel file</source>
        <translation>À propos de ce fichier de noyau</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started: kernels, steps and the first minute</source>
        <extracomment>The bundled page that Help ▸ Getting Started shows.</extracomment>
        <translation>Premiers pas&#xa0;: noyaux, étapes et la première minute</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: every action that has one</source>
        <translation>Raccourcis clavier&#xa0;: chaque action qui en a un</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu’elle fait</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>InsightDock</name>
    <message>
        <source>Insight</source>
        <extracomment>Weights are written in the cells while each cell is at least this many pixels wide. Height of the heat map and of the frequency response beside it.</extracomment>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>What the selected kernel does: its weights, frequencies and facts</source>
        <translation>Ce que fait le noyau sélectionné&#xa0;: ses poids, ses fréquences et ses propriétés</translation>
    </message>
    <message>
        <source>No step selected: click a preset (or select a step) to see what its kernel does, as a picture, as frequencies and in words.</source>
        <translation>Aucune étape sélectionnée&#xa0;: cliquez sur un préréglage (ou sélectionnez une étape) pour voir ce que fait son noyau, en image, en fréquences et en mots.</translation>
    </message>
    <message>
        <source>Slice: which grid of the kernel this is about</source>
        <translation>Tranche&#xa0;: la grille du noyau concernée</translation>
    </message>
    <message>
        <source>Heat map: red weights add, blue weights subtract, white is zero</source>
        <translation>Carte thermique&#xa0;: les poids rouges ajoutent, les bleus retranchent, le blanc vaut zéro</translation>
    </message>
    <message>
        <source>Frequency response: how strongly each frequency passes; the middle is flat areas, the rim the finest detail</source>
        <translation>Réponse en fréquence&#xa0;: à quel point chaque fréquence passe&#xa0;; le centre correspond aux zones unies, le bord aux détails les plus fins</translation>
    </message>
    <message>
        <source>Top: the weights, red adding, blue subtracting, white 0. Below: how much of each frequency passes, dark blue none to yellow the most (the scale&apos;s top); flat areas in the middle, the finest detail at the rim.</source>
        <translation>En haut&#xa0;: les poids, rouges qui ajoutent, bleus qui retranchent, blanc 0. En dessous&#xa0;: la part de chaque fréquence qui passe, du bleu foncé (rien) au jaune (le plus, le haut de l’échelle)&#xa0;; les zones unies au centre, les détails les plus fins au bord.</translation>
    </message>
    <message>
        <source>Legend: what the colours of the two pictures mean</source>
        <translation>Légende&#xa0;: ce que signifient les couleurs des deux images</translation>
    </message>
    <message>
        <source>Through the middle: &lt;span style=&apos;color: {across_colour}&apos;&gt;across&lt;/span&gt;, &lt;span style=&apos;color: {down_colour}&apos;&gt;down (dashed)&lt;/span&gt;; dotted: gain 1</source>
        <translation>Par le centre&#xa0;: &lt;span style=&apos;color: {across_colour}&apos;&gt;horizontal&lt;/span&gt;, &lt;span style=&apos;color: {down_colour}&apos;&gt;vertical (tirets)&lt;/span&gt;&#xa0;; pointillés&#xa0;: gain 1</translation>
    </message>
    <message>
        <source>Frequency response through the middle: gain at each frequency, across (x) and down (y)</source>
        <translation>Réponse en fréquence par le centre&#xa0;: le gain à chaque fréquence, horizontalement (x) et verticalement (y)</translation>
    </message>
    <message>
        <source>Does:</source>
        <translation>Effet&#xa0;:</translation>
    </message>
    <message>
        <source>What the kernel does, in plain words</source>
        <translation>Ce que fait le noyau, en termes simples</translation>
    </message>
    <message>
        <source>Sum:</source>
        <translation>Somme&#xa0;:</translation>
    </message>
    <message>
        <source>The sum of the weights (after the divisor): its effect on brightness</source>
        <translation>La somme des poids (après le diviseur)&#xa0;: son effet sur la luminosité</translation>
    </message>
    <message>
        <source>Separable:</source>
        <translation>Séparable&#xa0;:</translation>
    </message>
    <message>
        <source>Whether it is a column times a row (rank 1): then it runs as two quick passes</source>
        <translation>S’il est le produit d’une colonne par une ligne (rang 1)&#xa0;: il s’exécute alors en deux passes rapides</translation>
    </message>
    <message>
        <source>Symmetry:</source>
        <translation>Symétrie&#xa0;:</translation>
    </message>
    <message>
        <source>The mirrors and turns that leave the kernel the same</source>
        <translation>Les miroirs et rotations qui laissent le noyau inchangé</translation>
    </message>
    <message>
        <source>Zero-sum:</source>
        <translation>Somme nulle&#xa0;:</translation>
    </message>
    <message>
        <source>A zero-sum kernel turns flat areas black: an edge detector</source>
        <translation>Un noyau à somme nulle rend les zones unies noires&#xa0;: c’est un détecteur de contours</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slice {slice}&lt;/b&gt; of a kernel {kind} (choose another beside the kernel table), with the divisor of its output channel:</source>
        <translation>&lt;b&gt;Tranche {slice}&lt;/b&gt; d’un noyau {kind} (choisissez-en une autre à côté du tableau du noyau), avec le diviseur de son canal de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slice {slice}&lt;/b&gt; of a kernel {kind} (choose another beside the kernel table):</source>
        <translation>&lt;b&gt;Tranche {slice}&lt;/b&gt; d’un noyau {kind} (choisissez-en une autre à côté du tableau du noyau)&#xa0;:</translation>
    </message>
    <message>
        <source>yes, a {rows}×1 column times a 1×{cols} row</source>
        <translation>oui, une colonne {rows}×1 fois une ligne 1×{cols}</translation>
    </message>
    <message>
        <source>no (rank {rank})</source>
        <translation>non (rang {rank})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>yes: an edge detector</source>
        <translation>oui&#xa0;: un détecteur de contours</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Working</source>
        <extracomment>What the progress bar calls this kind of work.</extracomment>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Filtering</source>
        <extracomment>Whether a newer job of the same kind makes this one stale. One that does not supersede is always answered: its result, or why there is none. Whether Esc stops it. The photo or recipe being opened is still wanted. The failure reported when Esc stopped it (&apos;&apos; when a stopped job just goes quiet).</extracomment>
        <translation>Filtrage</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Loading recipe</source>
        <translation>Chargement de la recette</translation>
    </message>
    <message>
        <source>Importing kernel</source>
        <translation>Import du noyau</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Cartes de caractéristiques</translation>
    </message>
    <message>
        <source>Opening the after image</source>
        <extracomment>The training view shows the current kernel&apos;s result on the photo shrunk to this many pixels on its longer side, so that each batch is drawn in milliseconds. The residual is shown shrunk to this many pixels on its longer side. The residual&apos;s colours reach full strength at this share of its values (the largest few, often a handful of clipped pixels, would leave the rest pale)... ...and at this many 8-bit levels at least, so that an exact fit stays white.</extracomment>
        <translation>Ouverture de l’image après</translation>
    </message>
    <message>
        <source>Learning the kernel</source>
        <translation>Apprentissage du noyau</translation>
    </message>
    <message>
        <source>Getting ready to train</source>
        <translation>Préparation de l’entraînement</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
</context>
<context>
    <name>KernelDock</name>
    <message>
        <source>Other…</source>
        <extracomment>The sizes offered: odd squares, even squares, rows, columns and rectangles; any other size is one &quot;Other…&quot; away.</extracomment>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>By the sum of weights</source>
        <translation>Par la somme des poids</translation>
    </message>
    <message>
        <source>As GIMP does</source>
        <translation>Comme GIMP</translation>
    </message>
    <message>
        <source>Colour (alpha kept)</source>
        <translation>Couleur (alpha gardé)</translation>
    </message>
    <message>
        <source>All, with alpha</source>
        <translation>Tous, avec alpha</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Kernel</source>
        <extracomment>The offset that makes a zero-sum kernel&apos;s flat areas mid-grey, and white.</extracomment>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>The selected step: its kernel, preset parameters and options</source>
        <translation>L’étape sélectionnée&#xa0;: son noyau, les paramètres du préréglage et ses options</translation>
    </message>
    <message>
        <source>My presets</source>
        <translation>Mes préréglages</translation>
    </message>
    <message>
        <source>No step yet: click a preset to start, or type a kernel with Edit as text (Ctrl+Shift+E).</source>
        <translation>Pas encore d’étape&#xa0;: cliquez sur un préréglage pour commencer, ou tapez un noyau avec Modifier en texte (Ctrl+Maj+E).</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Preset families: blur, sharpen, edges, effects</source>
        <translation>Familles de préréglages&#xa0;: flou, netteté, contours, effets</translation>
    </message>
    <message>
        <source>Kernel size: growing pads with zeros, shrinking crops the rim (every slice)</source>
        <translation>Taille du noyau&#xa0;: agrandir ajoute des zéros autour, réduire rogne le bord (dans chaque tranche)</translation>
    </message>
    <message>
        <source>Kernel: one shared by the colour channels, one per channel, or across channels (each output channel sums a grid over every input channel)</source>
        <translation>Noyau&#xa0;: un seul commun aux canaux de couleur, un par canal, ou entre canaux (chaque canal de sortie somme une grille sur chaque canal d’entrée)</translation>
    </message>
    <message>
        <source>Slice: the channel whose grid the table shows and edits (across channels: output ← input)</source>
        <translation>Tranche&#xa0;: le canal dont le tableau montre et modifie la grille (entre canaux&#xa0;: sortie ← entrée)</translation>
    </message>
    <message>
        <source>Kernel weights: type numbers or fractions such as 1/16; Ctrl+wheel zooms</source>
        <translation>Poids du noyau&#xa0;: tapez des nombres ou des fractions comme 1/16&#xa0;; Ctrl+molette pour zoomer</translation>
    </message>
    <message>
        <source>Sum: the sum of the weights</source>
        <translation>Somme&#xa0;: la somme des poids</translation>
    </message>
    <message>
        <source>{title}: {doc} Source: {source}. Click: the selected step becomes {title}. Shift+click: add it as a new step.</source>
        <translation>{title}&#xa0;: {doc} Source&#xa0;: {source}. Clic&#xa0;: l’étape sélectionnée devient {title}. Maj+clic&#xa0;: l’ajouter comme nouvelle étape.</translation>
    </message>
    <message>
        <source>{name}: your preset (right-click to delete). Click: the selected step becomes {name}. Shift+click: add it as a new step.</source>
        <translation>{name}&#xa0;: votre préréglage (clic droit pour le supprimer). Clic&#xa0;: l’étape sélectionnée devient {name}. Maj+clic&#xa0;: l’ajouter comme nouvelle étape.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Edges: why an edge detector&apos;s result looks as it does</source>
        <translation>Contours&#xa0;: pourquoi le résultat d’un détecteur de contours a cet aspect</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>Valeur absolue</translation>
    </message>
    <message>
        <source>Absolute value: show edges of both directions as bright lines</source>
        <translation>Valeur absolue&#xa0;: montrer les contours des deux sens en lignes claires</translation>
    </message>
    <message>
        <source>Set absolute value</source>
        <translation>Activer la valeur absolue</translation>
    </message>
    <message>
        <source>Clear absolute value</source>
        <translation>Désactiver la valeur absolue</translation>
    </message>
    <message>
        <source>Offset {offset}</source>
        <translation>Décalage {offset}</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas mid-grey, edges lighter or darker (emboss-like)</source>
        <translation>Décalage {offset}&#xa0;: zones unies en gris moyen, contours plus clairs ou plus foncés (effet de repoussage)</translation>
    </message>
    <message>
        <source>Set offset</source>
        <translation>Définir le décalage</translation>
    </message>
    <message>
        <source>Step options</source>
        <translation>Options de l’étape</translation>
    </message>
    <message>
        <source>Divisor: sums are divided by it (not 0)</source>
        <translation>Diviseur&#xa0;: les sommes sont divisées par lui (pas 0)</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>Diviseur</translation>
    </message>
    <message>
        <source>Offset: added after dividing, in 8-bit levels (128 = grey)</source>
        <translation>Décalage&#xa0;: ajouté après la division, en niveaux 8 bits (128 = gris)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Normalize: divide by the sum of weights; GIMP&apos;s rule also adds half of white to zero-sum kernels and white to negative ones, in place of divisor and offset</source>
        <translation>Normaliser&#xa0;: diviser par la somme des poids&#xa0;; la règle de GIMP ajoute aussi la moitié du blanc aux noyaux à somme nulle et le blanc aux noyaux à somme négative, à la place du diviseur et du décalage</translation>
    </message>
    <message>
        <source>Set normalize</source>
        <translation>Définir la normalisation</translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation>Normaliser</translation>
    </message>
    <message>
        <source>Absolute value: keep negative responses (edge detectors)</source>
        <translation>Valeur absolue&#xa0;: garder les réponses négatives (détecteurs de contours)</translation>
    </message>
    <message>
        <source>Flip (true convolution)</source>
        <translation>Retourner (vraie convolution)</translation>
    </message>
    <message>
        <source>Flip: rotate the kernel 180 degrees</source>
        <translation>Retourner&#xa0;: tourner le noyau de 180 degrés</translation>
    </message>
    <message>
        <source>Set flip</source>
        <translation>Activer le retournement</translation>
    </message>
    <message>
        <source>Clear flip</source>
        <translation>Désactiver le retournement</translation>
    </message>
    <message>
        <source>Linear light</source>
        <translation>Lumière linéaire</translation>
    </message>
    <message>
        <source>Linear light: filter light rather than sRGB values, as GIMP does; blurs keep highlights bright</source>
        <translation>Lumière linéaire&#xa0;: filtrer la lumière plutôt que les valeurs sRGB, comme GIMP&#xa0;; les flous gardent les hautes lumières claires</translation>
    </message>
    <message>
        <source>Set linear light</source>
        <translation>Activer la lumière linéaire</translation>
    </message>
    <message>
        <source>Clear linear light</source>
        <translation>Désactiver la lumière linéaire</translation>
    </message>
    <message>
        <source>Alpha weighting</source>
        <translation>Pondération alpha</translation>
    </message>
    <message>
        <source>Alpha weighting: colour under transparent pixels does not bleed into visible ones, as in ImageMagick (photos with alpha only)</source>
        <translation>Pondération alpha&#xa0;: la couleur sous les pixels transparents ne déborde pas sur les pixels visibles, comme dans ImageMagick (photos avec alpha seulement)</translation>
    </message>
    <message>
        <source>Set alpha weighting</source>
        <translation>Activer la pondération alpha</translation>
    </message>
    <message>
        <source>Clear alpha weighting</source>
        <translation>Désactiver la pondération alpha</translation>
    </message>
    <message>
        <source>Border: how pixels beyond the edge are made up</source>
        <translation>Bordure&#xa0;: comment sont inventés les pixels au-delà du bord</translation>
    </message>
    <message>
        <source>Set border</source>
        <translation>Définir la bordure</translation>
    </message>
    <message>
        <source>Border</source>
        <translation>Bordure</translation>
    </message>
    <message>
        <source>Fill: the level used beyond the edge with border constant</source>
        <translation>Remplissage&#xa0;: le niveau utilisé au-delà du bord avec la bordure constant</translation>
    </message>
    <message>
        <source>Set fill</source>
        <translation>Définir le remplissage</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Channels: which channels the step filters</source>
        <translation>Canaux&#xa0;: les canaux que l’étape filtre</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Opacity: how much of the filtered result replaces the step&apos;s input</source>
        <translation>Opacité&#xa0;: la part du résultat filtré qui remplace l’entrée de l’étape</translation>
    </message>
    <message>
        <source>Set opacity</source>
        <translation>Définir l’opacité</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Iterations: apply the step this many times</source>
        <translation>Itérations&#xa0;: appliquer l’étape autant de fois</translation>
    </message>
    <message>
        <source>Set iterations</source>
        <translation>Définir les itérations</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <source>Anchor: the kernel cell over the pixel being made; Ctrl+click a cell to move it</source>
        <translation>Ancre&#xa0;: la case du noyau placée sur le pixel calculé&#xa0;; Ctrl+clic sur une case pour la déplacer</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Centre: put the anchor back on the centre cell</source>
        <translation>Centre&#xa0;: remettre l’ancre sur la case centrale</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancre</translation>
    </message>
    <message>
        <source>Anchor at the centre</source>
        <translation>Ancre au centre</translation>
    </message>
    <message>
        <source>Anchor at row {row}, column {col}</source>
        <translation>Ancre en ligne {row}, colonne {col}</translation>
    </message>
    <message>
        <source>The divisor cannot be 0</source>
        <translation>Le diviseur ne peut pas valoir 0</translation>
    </message>
    <message>
        <source>Set divisor</source>
        <translation>Définir le diviseur</translation>
    </message>
    <message>
        <source>Set offset of {channel}</source>
        <translation>Définir le décalage de {channel}</translation>
    </message>
    <message>
        <source>Cannot make the kernel {kind}: {error}</source>
        <translation>Impossible de rendre le noyau {kind}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Make the kernel {kind}</source>
        <translation>Rendre le noyau {kind}</translation>
    </message>
    <message>
        <source>Set channels</source>
        <translation>Définir les canaux</translation>
    </message>
    <message>
        <source>Resize kernel to {rows}×{cols}</source>
        <translation>Redimensionner le noyau en {rows}×{cols}</translation>
    </message>
    <message>
        <source>Set {parameter}</source>
        <translation>Définir {parameter}</translation>
    </message>
    <message>
        <source>Sum (slice {slice}) {sum}</source>
        <translation>Somme (tranche {slice}) {sum}</translation>
    </message>
    <message>
        <source>Sum {sum}</source>
        <translation>Somme {sum}</translation>
    </message>
    <message>
        <source>Centre (row {row}, column {col})</source>
        <translation>Centre (ligne {row}, colonne {col})</translation>
    </message>
    <message>
        <source>Row {row}, column {col}</source>
        <translation>Ligne {row}, colonne {col}</translation>
    </message>
    <message>
        <source>Absolute value and offset {offset}: flat areas white, every edge lighter.</source>
        <translation>Valeur absolue et décalage {offset}&#xa0;: zones unies blanches, chaque contour plus clair.</translation>
    </message>
    <message>
        <source>Absolute value and offset {offset}: flat areas grey, every edge lighter.</source>
        <translation>Valeur absolue et décalage {offset}&#xa0;: zones unies grises, chaque contour plus clair.</translation>
    </message>
    <message>
        <source>Absolute value is on: edges show bright whichever way the brightness changes; flat areas stay black.</source>
        <translation>La valeur absolue est activée&#xa0;: les contours sont clairs quel que soit le sens du changement de luminosité&#xa0;; les zones unies restent noires.</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas are white, edges darker.</source>
        <translation>Décalage {offset}&#xa0;: les zones unies sont blanches, les contours plus foncés.</translation>
    </message>
    <message>
        <source>Offset {offset}: flat areas are grey, edges lighter or darker.</source>
        <translation>Décalage {offset}&#xa0;: les zones unies sont grises, les contours plus clairs ou plus foncés.</translation>
    </message>
    <message>
        <source>Flat areas add up to 0, so they turn black and only edges show (and only those brightening one way). Show them:</source>
        <translation>Les zones unies font 0, donc elles deviennent noires et seuls les contours apparaissent (et seulement ceux qui s’éclaircissent dans un sens). Pour les montrer&#xa0;:</translation>
    </message>
    <message>
        <source>{preset} parameters</source>
        <translation>Paramètres de {preset}</translation>
    </message>
</context>
<context>
    <name>KernelSlices</name>
    <message>
        <source>Grid: which channel&apos;s kernel the heat map shows (across channels: which input channel, into which output)</source>
        <extracomment>Weights below this share of the largest are shown as 0.</extracomment>
        <translation>Grille&#xa0;: le canal dont la carte thermique montre le noyau (entre canaux&#xa0;: quel canal d’entrée, vers quelle sortie)</translation>
    </message>
</context>
<context>
    <name>KernelTable</name>
    <message>
        <source>A number such as 2, -0.5 or a fraction such as 1/16</source>
        <extracomment>Rows shown before the grid scrolls (a 9×9 kernel fits whole). Ctrl+wheel steps through these text sizes, relative to the application&apos;s.</extracomment>
        <translation>Un nombre comme 2, -0.5 ou une fraction comme 1/16</translation>
    </message>
    <message>
        <source>Problem: why the last edit of a cell was refused</source>
        <extracomment>An edit was refused: why, for the status bar (the cell shows it too). Ctrl+click or the context menu chose the anchor: a (row, col) cell, or None for the centre. The cell whose edit is being handed to the model, while it is.</extracomment>
        <translation>Problème&#xa0;: pourquoi la dernière modification d’une case a été refusée</translation>
    </message>
    <message>
        <source>Anchor here (row {row}, column {col})</source>
        <translation>Ancre ici (ligne {row}, colonne {col})</translation>
    </message>
    <message>
        <source>Anchor at the centre</source>
        <translation>Ancre au centre</translation>
    </message>
</context>
<context>
    <name>KernelTableModel</name>
    <message>
        <source>Row {row}, column {col}: {value}</source>
        <translation>Ligne {row}, colonne {col}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Edit kernel cell</source>
        <translation>Modifier une case du noyau</translation>
    </message>
</context>
<context>
    <name>KernelTextDialog</name>
    <message>
        <source>Edit kernel as text</source>
        <translation>Modifier le noyau en texte</translation>
    </message>
    <message>
        <source>One row per line (or rows separated by ;), values separated by spaces or commas; fractions such as 1/16 are fine. ImageMagick&apos;s 3x3: … (+X+Y: the anchor&apos;s column and row) and G&apos;MIC&apos;s (…;…) too. A kernel per channel is a grid per channel with | between them; across channels, || between output channels, each a grid per input.</source>
        <translation>Une ligne du noyau par ligne de texte (ou des lignes séparées par&#xa0;;), des valeurs séparées par des espaces ou des virgules&#xa0;; les fractions comme 1/16 sont acceptées. Le format 3x3: … d’ImageMagick (+X+Y&#xa0;: la colonne et la ligne de l’ancre) et celui de G’MIC (…;…) aussi. Un noyau par canal est une grille par canal, séparées par |&#xa0;; entre canaux, || sépare les canaux de sortie, chacun étant une grille par entrée.</translation>
    </message>
    <message>
        <source>Kernel text: the weights, one row a line</source>
        <translation>Texte du noyau&#xa0;: les poids, une ligne par ligne de texte</translation>
    </message>
    <message>
        <source>Problem: what is wrong with the text</source>
        <translation>Problème&#xa0;: ce qui ne va pas dans le texte</translation>
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
        <translation>Tourner à gauche&#xa0;: tourner le noyau de 90° dans le sens antihoraire</translation>
    </message>
    <message>
        <source>Rotate kernel left</source>
        <translation>Tourner le noyau à gauche</translation>
    </message>
    <message>
        <source>Cannot rotate kernel left</source>
        <translation>Impossible de tourner le noyau à gauche</translation>
    </message>
    <message>
        <source>⟳ 90°</source>
        <translation>⟳ 90°</translation>
    </message>
    <message>
        <source>Rotate right: turn the kernel 90° clockwise</source>
        <translation>Tourner à droite&#xa0;: tourner le noyau de 90° dans le sens horaire</translation>
    </message>
    <message>
        <source>Rotate kernel right</source>
        <translation>Tourner le noyau à droite</translation>
    </message>
    <message>
        <source>Cannot rotate kernel right</source>
        <translation>Impossible de tourner le noyau à droite</translation>
    </message>
    <message>
        <source>⇆ Flip</source>
        <translation>⇆ Miroir</translation>
    </message>
    <message>
        <source>Flip horizontally: mirror the kernel left to right</source>
        <translation>Miroir horizontal&#xa0;: inverser le noyau de gauche à droite</translation>
    </message>
    <message>
        <source>Flip kernel left to right</source>
        <translation>Inverser le noyau de gauche à droite</translation>
    </message>
    <message>
        <source>Cannot flip kernel left to right</source>
        <translation>Impossible d’inverser le noyau de gauche à droite</translation>
    </message>
    <message>
        <source>⇅ Flip</source>
        <translation>⇅ Miroir</translation>
    </message>
    <message>
        <source>Flip vertically: mirror the kernel top to bottom</source>
        <translation>Miroir vertical&#xa0;: inverser le noyau de haut en bas</translation>
    </message>
    <message>
        <source>Flip kernel top to bottom</source>
        <translation>Inverser le noyau de haut en bas</translation>
    </message>
    <message>
        <source>Cannot flip kernel top to bottom</source>
        <translation>Impossible d’inverser le noyau de haut en bas</translation>
    </message>
    <message>
        <source>Transpose</source>
        <translation>Transposer</translation>
    </message>
    <message>
        <source>Transpose: swap rows and columns (mirror along the diagonal)</source>
        <translation>Transposer&#xa0;: échanger lignes et colonnes (miroir selon la diagonale)</translation>
    </message>
    <message>
        <source>Transpose kernel</source>
        <translation>Transposer le noyau</translation>
    </message>
    <message>
        <source>Cannot transpose kernel</source>
        <translation>Impossible de transposer le noyau</translation>
    </message>
    <message>
        <source>Negate</source>
        <translation>Opposé</translation>
    </message>
    <message>
        <source>Negate: change the sign of every weight</source>
        <translation>Opposé&#xa0;: changer le signe de chaque poids</translation>
    </message>
    <message>
        <source>Negate kernel</source>
        <translation>Prendre l’opposé du noyau</translation>
    </message>
    <message>
        <source>Cannot negate kernel</source>
        <translation>Impossible de prendre l’opposé du noyau</translation>
    </message>
    <message>
        <source>Normalize</source>
        <translation>Normaliser</translation>
    </message>
    <message>
        <source>Normalize: make the weights sum to 1 (for a zero-sum kernel, the positive weights)</source>
        <translation>Normaliser&#xa0;: ramener la somme des poids à 1 (pour un noyau à somme nulle, celle des poids positifs)</translation>
    </message>
    <message>
        <source>Normalize kernel</source>
        <translation>Normaliser le noyau</translation>
    </message>
    <message>
        <source>Cannot normalize kernel</source>
        <translation>Impossible de normaliser le noyau</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy kernel: as text, the way the command line and Paste read it</source>
        <translation>Copier le noyau&#xa0;: en texte, comme le lisent la ligne de commande et Coller</translation>
    </message>
    <message>
        <source>Copy NumPy</source>
        <translation>Copier NumPy</translation>
    </message>
    <message>
        <source>Copy as NumPy: an np.array(...) expression</source>
        <translation>Copier en NumPy&#xa0;: une expression np.array(...)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste kernel: from text such as &apos;0 -1 0; -1 5 -1; 0 -1 0&apos; or an np.array(...)</source>
        <translation>Coller un noyau&#xa0;: depuis un texte comme &apos;0 -1 0; -1 5 -1; 0 -1 0&apos; ou un np.array(...)</translation>
    </message>
    <message>
        <source>Edit as text…</source>
        <translation>Modifier en texte…</translation>
    </message>
    <message>
        <source>Edit as text: every weight at once, as the command line&apos;s kernel text (any size)</source>
        <translation>Modifier en texte&#xa0;: tous les poids à la fois, dans le texte de noyau de la ligne de commande (toute taille)</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>Save as preset: keep this kernel among My presets</source>
        <translation>Enregistrer comme préréglage&#xa0;: garder ce noyau dans Mes préréglages</translation>
    </message>
    <message>
        <source>an output channel&apos;s grids sum together, so no one grid is made to sum to 1; set Step options ▸ Normalize, which divides each output channel by the sum of its grids</source>
        <translation>les grilles d’un canal de sortie s’additionnent, donc aucune grille n’est ramenée seule à une somme de 1&#xa0;; activez Options de l’étape ▸ Normaliser, qui divise chaque canal de sortie par la somme de ses grilles</translation>
    </message>
    <message>
        <source>Add {size} kernel</source>
        <translation>Ajouter un noyau {size}</translation>
    </message>
    <message>
        <source>Edit {size} kernel as text</source>
        <translation>Modifier le noyau {size} en texte</translation>
    </message>
    <message>
        <source>Cannot use the kernel</source>
        <translation>Impossible d’utiliser le noyau</translation>
    </message>
    <message>
        <source>Copied the kernel as text</source>
        <translation>Noyau copié en texte</translation>
    </message>
    <message>
        <source>Cannot copy as NumPy</source>
        <translation>Impossible de copier en NumPy</translation>
    </message>
    <message>
        <source>Copy as NumPy writes one grid, and this kernel is {kind}, with {count} grids. Copy (as text) holds them all, and Paste and the command line read it back.</source>
        <translation>Copier en NumPy écrit une seule grille, et ce noyau est {kind}, avec {count} grilles. Copier (en texte) les garde toutes, et Coller comme la ligne de commande les relisent.</translation>
    </message>
    <message>
        <source>Copied the kernel as a NumPy expression</source>
        <translation>Noyau copié en expression NumPy</translation>
    </message>
    <message>
        <source>Cannot paste a kernel</source>
        <translation>Impossible de coller un noyau</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>The clipboard holds “{text}”, which is not a kernel: {error}</source>
        <translation>Le presse-papiers contient «&#xa0;{text}&#xa0;», qui n’est pas un noyau&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Paste {size} kernel</source>
        <translation>Coller un noyau {size}</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>Nom du nouveau préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Replace the preset?</source>
        <translation>Remplacer le préréglage&#xa0;?</translation>
    </message>
    <message>
        <source>There is already a preset called “{name}”. Replace it?</source>
        <translation>Un préréglage nommé «&#xa0;{name}&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>Impossible d’enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Saved slice {slice} of the kernel (a preset is one grid) as the preset “{name}”</source>
        <translation>Tranche {slice} du noyau enregistrée (un préréglage est une seule grille) comme préréglage «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Saved the kernel as the preset “{name}”</source>
        <translation>Noyau enregistré comme préréglage «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>My {title}</source>
        <translation>{title} perso</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>Ajouter {title}</translation>
    </message>
    <message>
        <source>Added {title} as step {number} of {count}</source>
        <translation>Étape {number} sur {count} ajoutée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Preset {title}</source>
        <translation>Préréglage {title}</translation>
    </message>
    <message>
        <source> Its offsets per channel differed, so the offset is now 0 (Undo brings them back).</source>
        <translation> Ses décalages par canal différaient, le décalage vaut donc 0 (Annuler les rétablit).</translation>
    </message>
    <message>
        <source>Step {number} is now {title} (it was {was}); Shift+click a preset to add a step instead.</source>
        <translation>L’étape {number} est maintenant {title} (c’était {was})&#xa0;; Maj+clic sur un préréglage pour ajouter plutôt une étape.</translation>
    </message>
    <message>
        <source>Delete the preset?</source>
        <translation>Supprimer le préréglage&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? Steps that use its kernel keep it.</source>
        <translation>Supprimer le préréglage «&#xa0;{name}&#xa0;»&#xa0;? Les étapes qui utilisent son noyau le gardent.</translation>
    </message>
    <message>
        <source>Cannot delete the preset</source>
        <translation>Impossible de supprimer le préréglage</translation>
    </message>
    <message>
        <source>Deleted the preset “{name}”</source>
        <translation>Préréglage «&#xa0;{name}&#xa0;» supprimé</translation>
    </message>
</context>
<context>
    <name>LearnDialog</name>
    <message>
        <source>shared</source>
        <extracomment>The rows and columns offered: up to the largest square kernel the core learns (a larger one, or one across channels over its limit, is refused by the core, saying why). What each mode is called in the list (the data is the core&apos;s name); the texts are marked here and translated where shown (context &quot;LearnDialog&quot;), as are the next ones.</extracomment>
        <translation>commun</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>par canal</translation>
    </message>
    <message>
        <source>across channels</source>
        <translation>entre canaux</translation>
    </message>
    <message>
        <source>Cannot read the after image</source>
        <extracomment>The dialog&apos;s title when a job of each kind fails.</extracomment>
        <translation>Impossible de lire l’image après</translation>
    </message>
    <message>
        <source>Cannot learn the kernel</source>
        <translation>Impossible d’apprendre le noyau</translation>
    </message>
    <message>
        <source>Cannot train the kernel</source>
        <translation>Impossible d’entraîner le noyau</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entraînement arrêté</translation>
    </message>
    <message>
        <source>Learned from {file}</source>
        <extracomment>The name of a step added from the dialog, by how its kernel was found.</extracomment>
        <translation>Appris de {file}</translation>
    </message>
    <message>
        <source>Trained from {file}</source>
        <translation>Entraîné sur {file}</translation>
    </message>
    <message>
        <source>Learn from example</source>
        <translation>Apprendre d’un exemple</translation>
    </message>
    <message>
        <source>Learn or train: least squares at once, or step by step</source>
        <translation>Apprendre ou entraîner&#xa0;: moindres carrés d’un coup, ou pas à pas</translation>
    </message>
    <message>
        <source>&amp;Learn from example</source>
        <translation>Apprendre d’un e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Train like a CNN</source>
        <translation>&amp;Entraîner comme un CNN</translation>
    </message>
    <message>
        <source>Example: before and after</source>
        <translation>Exemple&#xa0;: avant et après</translation>
    </message>
    <message>
        <source>Before: the open photo, or the selected step&apos;s input</source>
        <translation>Avant&#xa0;: la photo ouverte, ou l’entrée de l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <source>After: the image the kernel should make from before</source>
        <translation>Après&#xa0;: l’image que le noyau doit produire à partir d’avant</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the after image (or drop it on this window)</source>
        <translation>Choisir l’image après (ou la déposer sur cette fenêtre)</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <source>Mode: one kernel for every colour channel (shared), one for each (per channel), or every channel from every channel (across channels, as a CNN layer)</source>
        <translation>Mode&#xa0;: un noyau pour tous les canaux de couleur (commun), un pour chacun (par canal), ou chaque canal à partir de chaque canal (entre canaux, comme une couche de CNN)</translation>
    </message>
    <message>
        <source>Border: how the after image was made at the edges</source>
        <translation>Bordure&#xa0;: comment l’image après a été faite aux bords</translation>
    </message>
    <message>
        <source>O&amp;ffset</source>
        <translation>&amp;Décalage</translation>
    </message>
    <message>
        <source>Offset: also learn a constant added after the kernel (a network&apos;s bias)</source>
        <translation>Décalage&#xa0;: apprendre aussi une constante ajoutée après le noyau (le biais d’un réseau)</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Border:</source>
        <translation>Bordure&#xa0;:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Noyau&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;earn</source>
        <translation>Appre&amp;ndre</translation>
    </message>
    <message>
        <source>Learn: find the kernel turning before into after (Esc stops it)</source>
        <translation>Apprendre&#xa0;: trouver le noyau qui transforme avant en après (Échap l’arrête)</translation>
    </message>
    <message>
        <source>Progress of the learning</source>
        <translation>Progression de l’apprentissage</translation>
    </message>
    <message>
        <source>What Learn did</source>
        <translation>Ce qu’a fait Apprendre</translation>
    </message>
    <message>
        <source>Learned kernel:</source>
        <translation>Noyau appris&#xa0;:</translation>
    </message>
    <message>
        <source>What the residual&apos;s colours mean</source>
        <translation>Ce que signifient les couleurs du résidu</translation>
    </message>
    <message>
        <source>Residual: after minus the fit; white where the kernel explains after</source>
        <translation>Résidu&#xa0;: après moins l’ajustement&#xa0;; blanc là où le noyau explique après</translation>
    </message>
    <message>
        <source>Fit: PSNR, RMSE and R² of the learned step</source>
        <translation>Ajustement&#xa0;: PSNR, RMSE et R² de l’étape apprise</translation>
    </message>
    <message>
        <source>Verdict: whether the kernel can be trusted</source>
        <translation>Verdict&#xa0;: si l’on peut se fier au noyau</translation>
    </message>
    <message>
        <source>Offset: the constant learned</source>
        <translation>Décalage&#xa0;: la constante apprise</translation>
    </message>
    <message>
        <source>Fit:</source>
        <translation>Ajustement&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>Offset:</source>
        <translation>Décalage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to stack</source>
        <translation>&amp;Ajouter à la pile</translation>
    </message>
    <message>
        <source>Add to stack: the learned kernel as a new step where its input is the before image (one undoable edit)</source>
        <translation>Ajouter à la pile&#xa0;: le noyau appris comme nouvelle étape, là où son entrée est l’image avant (une seule modification, annulable)</translation>
    </message>
    <message>
        <source>No photo is open: open one with File ▸ Open first.</source>
        <translation>Aucune photo n’est ouverte&#xa0;: ouvrez-en une d’abord avec Fichier ▸ Ouvrir.</translation>
    </message>
    <message>
        <source>{width}×{height} pixels</source>
        <translation>{width}×{height} pixels</translation>
    </message>
    <message>
        <source>the open photo, {file} ({size})</source>
        <translation>la photo ouverte, {file} ({size})</translation>
    </message>
    <message>
        <source>the input of step {number}, {title}: what the steps above it make of {file} ({size})</source>
        <translation>l’entrée de l’étape {number}, {title}&#xa0;: ce que les étapes au-dessus font de {file} ({size})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Choose the after image</source>
        <translation>Choisir l’image après</translation>
    </message>
    <message>
        <source>The images differ in size</source>
        <translation>Les images n’ont pas la même taille</translation>
    </message>
    <message>
        <source>{file} is {width}×{height} pixels, but before is {before_width}×{before_height}. The after image must be made from before, at its size.</source>
        <translation>{file} fait {width}×{height} pixels, mais avant fait {before_width}×{before_height}. L’image après doit être faite à partir d’avant, à sa taille.</translation>
    </message>
    <message>
        <source>Not chosen yet: Choose…, or drop an image file here.</source>
        <translation>Pas encore choisie&#xa0;: Choisir…, ou déposez un fichier image ici.</translation>
    </message>
    <message>
        <source>{file} ({width}×{height} pixels)</source>
        <translation>{file} ({width}×{height} pixels)</translation>
    </message>
    <message>
        <source>No photo is open</source>
        <translation>Aucune photo n’est ouverte</translation>
    </message>
    <message>
        <source>Open a photo first (File ▸ Open): the kernel is learned from it and an image made from it.</source>
        <translation>Ouvrez d’abord une photo (Fichier ▸ Ouvrir)&#xa0;: le noyau est appris à partir d’elle et d’une image faite à partir d’elle.</translation>
    </message>
    <message>
        <source>No after image</source>
        <translation>Pas d’image après</translation>
    </message>
    <message>
        <source>Choose the after image first (Choose…, or drop the file on this window).</source>
        <translation>Choisissez d’abord l’image après (Choisir…, ou déposez le fichier sur cette fenêtre).</translation>
    </message>
    <message>
        <source>Learning… (Esc stops it)</source>
        <translation>Apprentissage… (Échap l’arrête)</translation>
    </message>
    <message>
        <source>Stopped; nothing was learned.</source>
        <translation>Arrêté&#xa0;; rien n’a été appris.</translation>
    </message>
    <message>
        <source>Learned a {rows}×{cols} kernel ({mode}).</source>
        <translation>Noyau {rows}×{cols} appris ({mode}).</translation>
    </message>
    <message>
        <source>Nothing was learned.</source>
        <translation>Rien n’a été appris.</translation>
    </message>
    <message>
        <source>Residual: after minus the fit, once learned.</source>
        <translation>Résidu&#xa0;: après moins l’ajustement, une fois appris.</translation>
    </message>
    <message>
        <source>Residual, after minus the fit: white 0, red where after is brighter, blue darker, full colour at ±{limit} levels.</source>
        <translation>Résidu, après moins l’ajustement&#xa0;: blanc 0, rouge là où après est plus clair, bleu plus foncé, couleur pleine à ±{limit} niveaux.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not to be trusted&lt;/b&gt;: {warning}.</source>
        <translation>&lt;b&gt;Peu fiable&lt;/b&gt;&#xa0;: {warning}.</translation>
    </message>
    <message>
        <source>A kernel explains the change: the step makes the after image again.</source>
        <translation>Un noyau explique le changement&#xa0;: l’étape refait l’image après.</translation>
    </message>
    <message>
        <source>{offsets} levels</source>
        <translation>{offsets} niveaux</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Some presets were left out</source>
        <translation>Certains préréglages ont été écartés</translation>
    </message>
    <message>
        <source>Some saved presets could not be read: {problems}</source>
        <translation>Certains préréglages enregistrés n’ont pas pu être lus&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Cancelled: the result shown is out of date until the next edit</source>
        <translation>Annulé&#xa0;: le résultat affiché n’est pas à jour jusqu’à la prochaine modification</translation>
    </message>
    <message>
        <source>About kernelstudio</source>
        <translation>À propos de kernelstudio</translation>
    </message>
    <message>
        <source>kernelstudio {version}
An image editor built around convolution kernels.</source>
        <translation>kernelstudio {version}
Un éditeur d’images bâti autour des noyaux de convolution.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>Unexpected error: {error}

kernelstudio keeps running; the details are in {log}.</source>
        <translation>Erreur inattendue&#xa0;: {error}

kernelstudio continue de fonctionner&#xa0;; les détails sont dans {log}.</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>the value</source>
        <extracomment>Room for a prefix and suffix beyond the longest number text. Typed text was refused: why, for the status bar.</extracomment>
        <translation>la valeur</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {number}</source>
        <translation>{what} doit être un nombre entier, reçu {number}</translation>
    </message>
    <message>
        <source>{what} must be between {minimum} and {maximum}, got {number}</source>
        <translation>{what} doit être compris entre {minimum} et {maximum}, reçu {number}</translation>
    </message>
    <message>
        <source>flat areas go to {offset} (the offset): responds to edges only</source>
        <extracomment>Weights written exactly up to this many characters; longer ones are shortened.</extracomment>
        <translation>les zones unies vont à {offset} (le décalage)&#xa0;: ne répond qu’aux contours</translation>
    </message>
    <message>
        <source>{total}: {effect}</source>
        <translation>{total}&#xa0;: {effect}</translation>
    </message>
    <message>
        <source>{total} ÷ {divisor}: {effect}</source>
        <translation>{total} ÷ {divisor}&#xa0;: {effect}</translation>
    </message>
    <message>
        <source>{total}; all of {channel}&apos;s grids together {sum}</source>
        <translation>{total}&#xa0;; toutes les grilles de {channel} ensemble {sum}</translation>
    </message>
</context>
<context>
    <name>ParamControl</name>
    <message>
        <source>{name}: {doc}</source>
        <translation>{name}&#xa0;: {doc}</translation>
    </message>
    <message>
        <source>{name} ({english}): {doc}</source>
        <translation>{name} ({english})&#xa0;: {doc}</translation>
    </message>
</context>
<context>
    <name>PixelInspector</name>
    <message>
        <source>Sum of products, over {inputs} inputs</source>
        <extracomment>Hover requests closer together than this are merged into one. Larger kernels scroll inside their grid.</extracomment>
        <translation>Somme des produits, sur {inputs} entrées</translation>
    </message>
    <message>
        <source>Sum of products</source>
        <translation>Somme des produits</translation>
    </message>
    <message>
        <source>÷ {divisor}</source>
        <translation>÷ {divisor}</translation>
    </message>
    <message>
        <source>÷ the kernel&apos;s share over visible pixels (alpha weighting)</source>
        <translation>÷ la part du noyau sur les pixels visibles (pondération alpha)</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>Valeur absolue</translation>
    </message>
    <message>
        <source>+ offset {offset}</source>
        <translation>+ décalage {offset}</translation>
    </message>
    <message>
        <source>Mixed {percent} with the input</source>
        <translation>Mélangé à {percent} avec l’entrée</translation>
    </message>
    <message>
        <source>Encoded from linear light to sRGB</source>
        <translation>Encodé de la lumière linéaire en sRGB</translation>
    </message>
    <message>
        <source>Rounded and clipped</source>
        <translation>Arrondi et écrêté</translation>
    </message>
    <message>
        <source>Clipped to 0…1</source>
        <translation>Écrêté à 0…1</translation>
    </message>
    <message>
        <source>Pixel inspector</source>
        <extracomment>Emitted when a new inspection is on show (tests wait for it).</extracomment>
        <translation>Inspecteur de pixel</translation>
    </message>
    <message>
        <source>How the selected step makes the pixel under the cursor; click to pin</source>
        <translation>Comment l’étape sélectionnée calcule le pixel sous le curseur&#xa0;; cliquer pour l’épingler</translation>
    </message>
    <message>
        <source>The pixel and step shown</source>
        <translation>Le pixel et l’étape affichés</translation>
    </message>
    <message>
        <source>Channel: whose neighbourhood and products to show</source>
        <translation>Canal&#xa0;: celui dont le voisinage et les produits sont affichés</translation>
    </message>
    <message>
        <source>Input channel: whose neighbourhood and grid to show (a kernel across channels sums the products of every input)</source>
        <translation>Canal d’entrée&#xa0;: celui dont le voisinage et la grille sont affichés (un noyau entre canaux somme les produits de chaque entrée)</translation>
    </message>
    <message>
        <source>Follow cursor</source>
        <translation>Suivre le curseur</translation>
    </message>
    <message>
        <source>Follow cursor: let go of the pinned pixel</source>
        <translation>Suivre le curseur&#xa0;: libérer le pixel épinglé</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Voisinage</translation>
    </message>
    <message>
        <source>Neighbourhood: the input pixels the kernel covers, with the border rule applied beyond the edge</source>
        <translation>Voisinage&#xa0;: les pixels d’entrée que couvre le noyau, avec la règle de bordure au-delà du bord</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Kernel: the weights laid over the neighbourhood</source>
        <translation>Noyau&#xa0;: les poids posés sur le voisinage</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Products: each pixel times its weight</source>
        <translation>Produits&#xa0;: chaque pixel multiplié par son poids</translation>
    </message>
    <message>
        <source>From the sum of products to the output, per channel</source>
        <translation>De la somme des produits à la sortie, par canal</translation>
    </message>
    <message>
        <source>Select a step (or click a preset) to see how its kernel makes each pixel.</source>
        <translation>Sélectionnez une étape (ou cliquez sur un préréglage) pour voir comment son noyau calcule chaque pixel.</translation>
    </message>
    <message>
        <source>Hover over the photo to see how the selected step makes a pixel; click to pin it.</source>
        <translation>Survolez la photo pour voir comment l’étape sélectionnée calcule un pixel&#xa0;; cliquez pour l’épingler.</translation>
    </message>
    <message>
        <source>pinned; click it again or Follow cursor to let go</source>
        <translation>épinglé&#xa0;; cliquez à nouveau dessus ou sur Suivre le curseur pour le libérer</translation>
    </message>
    <message>
        <source>click to pin</source>
        <translation>cliquer pour épingler</translation>
    </message>
    <message>
        <source>the last of {count} passes</source>
        <translation>la dernière de {count} passes</translation>
    </message>
    <message>
        <source>colour in linear light (the levels of light, not of sRGB)</source>
        <translation>couleur en lumière linéaire (les niveaux de lumière, pas ceux du sRGB)</translation>
    </message>
    <message>
        <source>colour weighted by alpha</source>
        <translation>couleur pondérée par l’alpha</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Row {row}, column {col}&lt;/b&gt; through &lt;b&gt;{step}&lt;/b&gt; ({state})</source>
        <translation>&lt;b&gt;Ligne {row}, colonne {col}&lt;/b&gt; par &lt;b&gt;{step}&lt;/b&gt; ({state})</translation>
    </message>
    <message>
        <source>Neighbourhood of {input}</source>
        <translation>Voisinage de {input}</translation>
    </message>
    <message>
        <source>Kernel {output} ← {input}</source>
        <translation>Noyau {output} ← {input}</translation>
    </message>
    <message>
        <source>Products into {output}, summed over {inputs} inputs</source>
        <translation>Produits vers {output}, sommés sur {inputs} entrées</translation>
    </message>
    <message>
        <source>Kernel of {channel}</source>
        <translation>Noyau de {channel}</translation>
    </message>
    <message>
        <source>Output of this step</source>
        <translation>Sortie de cette étape</translation>
    </message>
    <message>
        <source>This step is disabled: the stack skips it.</source>
        <translation>Cette étape est désactivée&#xa0;: la pile la saute.</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <source>across</source>
        <extracomment>Dark blue to teal to yellow, for magnitudes from 0 to the largest. Width of the colour legend beside the response, and the gap before it. The legend&apos;s colours, from no gain at the bottom to the largest at the top.</extracomment>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>cycles per pixel</source>
        <translation>cycles par pixel</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Largest photo: larger files are refused unopened, which protects against decompression bombs; raise it only for files you trust</source>
        <translation>Plus grande photo&#xa0;: les fichiers plus grands sont refusés sans être ouverts, ce qui protège des bombes de décompression&#xa0;; ne l’augmentez que pour des fichiers de confiance</translation>
    </message>
    <message>
        <source> megapixels</source>
        <translation> mégapixels</translation>
    </message>
    <message>
        <source>Largest photo to open</source>
        <translation>Plus grande photo à ouvrir</translation>
    </message>
    <message>
        <source>Leave out the colour profile and EXIF (camera, date, place)</source>
        <translation>Omettre le profil de couleur et l’EXIF (appareil, date, lieu)</translation>
    </message>
    <message>
        <source>Strip metadata: exports carry no profile or EXIF</source>
        <translation>Supprimer les métadonnées&#xa0;: les exports n’ont ni profil ni EXIF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Language: the words of the window and its messages</source>
        <translation>Langue&#xa0;: les mots de la fenêtre et de ses messages</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language takes effect the next time kernelstudio starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de kernelstudio.</translation>
    </message>
</context>
<context>
    <name>RenderController</name>
    <message>
        <source>Cannot apply the stack</source>
        <extracomment>Edits arriving closer together than this become one render request. The full-resolution result of the current stack is on screen. The first (preview) pixels of a new render are on screen. A render failed: title and message for the user. The pixels of the latest result on screen (None until there is one).</extracomment>
        <translation>Impossible d’appliquer la pile</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>it {error}</source>
        <extracomment>A session is a recipe with a photo&apos;s path beside it; a larger file is not one. Qt&apos;s lock holds a process id, an application and a host name: a few dozen bytes. New names a window tries for its session before it gives up (locks that never work). What reading a damaged or hostile file can raise, besides `OSError`.</extracomment>
        <translation>il {error}</translation>
    </message>
    <message>
        <source>This stack is too large to autosave ({size} MB; at most {limit} MB)</source>
        <translation>Cette pile est trop grande pour la sauvegarde automatique ({size} Mo&#xa0;; au plus {limit} Mo)</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>c’est un lien symbolique</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is larger than {size} KB</source>
        <translation>il dépasse {size} Ko</translation>
    </message>
    <message>
        <source>its lock is not a lock file: {reason}</source>
        <translation>son verrou n’est pas un fichier de verrou&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot make a lock file</source>
        <translation>impossible de créer un fichier de verrou</translation>
    </message>
    <message>
        <source>{name} is not a number a session may hold; use finite numbers</source>
        <translation>{name} n’est pas un nombre que peut contenir une session&#xa0;; utilisez des nombres finis</translation>
    </message>
    <message>
        <source>the session is nested too deeply to be a session</source>
        <translation>la session est imbriquée trop profondément pour être une session</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>its photo is not a file&apos;s path</source>
        <translation>sa photo n’est pas le chemin d’un fichier</translation>
    </message>
    <message>
        <source>its selected step is not a whole number</source>
        <translation>son étape sélectionnée n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>it cannot be read: {error}</source>
        <translation>il ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>SizeDialog</name>
    <message>
        <source>Kernel size</source>
        <translation>Taille du noyau</translation>
    </message>
    <message>
        <source>Rows: the kernel&apos;s height</source>
        <translation>Lignes&#xa0;: la hauteur du noyau</translation>
    </message>
    <message>
        <source>Columns: the kernel&apos;s width</source>
        <translation>Colonnes&#xa0;: la largeur du noyau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>SliderSpin</name>
    <message>
        <source>{name} slider</source>
        <extracomment>Cells whose text `widest_cell` measures at most: a 64×64 grid in full, larger ones by sample.</extracomment>
        <translation>Curseur {name}</translation>
    </message>
</context>
<context>
    <name>StackDock</name>
    <message>
        <source>No steps yet. Click a preset on the right to start, or Add an identity step.</source>
        <translation>Pas encore d’étapes. Cliquez sur un préréglage à droite pour commencer, ou ajoutez une étape identité avec Ajouter.</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile</translation>
    </message>
    <message>
        <source>The steps, applied from top to bottom</source>
        <translation>Les étapes, appliquées de haut en bas</translation>
    </message>
    <message>
        <source>Steps: tick to enable, drag to reorder, double-click to rename</source>
        <translation>Étapes&#xa0;: cocher pour activer, glisser pour réordonner, double-cliquer pour renommer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add: a new identity step after the selected one</source>
        <translation>Ajouter&#xa0;: une nouvelle étape identité après celle sélectionnée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove: delete the selected step</source>
        <translation>Supprimer&#xa0;: effacer l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move up: apply the selected step earlier</source>
        <translation>Monter&#xa0;: appliquer l’étape sélectionnée plus tôt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move down: apply the selected step later</source>
        <translation>Descendre&#xa0;: appliquer l’étape sélectionnée plus tard</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
</context>
<context>
    <name>StackListModel</name>
    <message>
        <source>Enable {title}</source>
        <translation>Activer {title}</translation>
    </message>
    <message>
        <source>Disable {title}</source>
        <translation>Désactiver {title}</translation>
    </message>
    <message>
        <source>Rename {title}</source>
        <translation>Renommer {title}</translation>
    </message>
    <message>
        <source>{title}: {size} kernel</source>
        <translation>{title}&#xa0;: noyau {size}</translation>
    </message>
    <message>
        <source>preset {preset}</source>
        <translation>préréglage {preset}</translation>
    </message>
    <message>
        <source>border {border}, channels {channels}, opacity {opacity}</source>
        <translation>bordure {border}, canaux {channels}, opacité {opacity}</translation>
    </message>
    <message>
        <source>disabled: skipped when the stack runs</source>
        <translation>désactivée&#xa0;: sautée quand la pile s’exécute</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Pixel: the pixel under the cursor, before and after</source>
        <translation>Pixel&#xa0;: le pixel sous le curseur, avant et après</translation>
    </message>
    <message>
        <source>Size: the photo&apos;s width × height in pixels</source>
        <translation>Taille&#xa0;: largeur × hauteur de la photo en pixels</translation>
    </message>
    <message>
        <source>Zoom: screen pixels per photo pixel</source>
        <translation>Zoom&#xa0;: pixels d’écran par pixel de la photo</translation>
    </message>
    <message>
        <source>Progress: work running; press Esc to cancel</source>
        <translation>Progression&#xa0;: travail en cours&#xa0;; Échap pour annuler</translation>
    </message>
    <message>
        <source>x {x}, y {y}   before {before}</source>
        <translation>x {x}, y {y}   avant {before}</translation>
    </message>
    <message>
        <source>   after {after}</source>
        <translation>   après {after}</translation>
    </message>
    <message>
        <source>{title} %p%  (Esc cancels)</source>
        <translation>{title} %p %  (Échap annule)</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>A network is not told its kernels: it starts from random weights and nudges them, again and again, down the slope of its error. Here the same happens to one kernel, on your photo.</source>
        <extracomment>Updates in a batch, for each position of the speed slider. The pause between a batch drawn and the next asked for (ms): about 30 frames a second, and the window&apos;s own work (renders, input) gets the worker between batches. The heavy ball&apos;s share of the last update, as networks are usually trained: plain gradient descent crawls along the long valleys of image problems. The plot&apos;s floor: the loss of an exact fit reaches 0, which a log scale cannot show. The training pauses by itself once the weights are this close to the exact ones. A batch was drawn (for tests and the status of the dialog).</extracomment>
        <translation>On ne donne pas ses noyaux à un réseau&#xa0;: il part de poids aléatoires et les ajuste, encore et encore, en descendant la pente de son erreur. Ici, il arrive la même chose à un seul noyau, sur votre photo.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start: from new random weights</source>
        <translation>Démarrer&#xa0;: à partir de nouveaux poids aléatoires</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the training</source>
        <translation>Mettre en pause ou reprendre l’entraînement</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>Step: one batch of updates, then pause</source>
        <translation>Étape&#xa0;: un lot de mises à jour, puis pause</translation>
    </message>
    <message>
        <source>Speed: updates in each batch drawn</source>
        <translation>Vitesse&#xa0;: mises à jour dans chaque lot affiché</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>&amp;Momentum</translation>
    </message>
    <message>
        <source>Momentum: each update carries {momentum} of the last one along, as networks are trained; much faster, though the loss may rise for a while</source>
        <translation>Momentum&#xa0;: chaque mise à jour emporte {momentum} de la précédente, comme on entraîne les réseaux&#xa0;; bien plus rapide, même si la perte peut remonter un moment</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>Loss: the mean squared error after each update</source>
        <translation>Perte&#xa0;: l’erreur quadratique moyenne après chaque mise à jour</translation>
    </message>
    <message>
        <source>loss (levels²)</source>
        <translation>perte (niveaux²)</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Kernel now:</source>
        <translation>Noyau actuel&#xa0;:</translation>
    </message>
    <message>
        <source>Result now: the current kernel on the photo (shrunk)</source>
        <translation>Résultat actuel&#xa0;: le noyau actuel sur la photo (réduite)</translation>
    </message>
    <message>
        <source>Loss, falling:</source>
        <translation>Perte, en baisse&#xa0;:</translation>
    </message>
    <message>
        <source>Its result on the photo:</source>
        <translation>Son résultat sur la photo&#xa0;:</translation>
    </message>
    <message>
        <source>Training: the update, the loss and the distance to the exact kernel</source>
        <translation>Entraînement&#xa0;: la mise à jour, la perte et la distance au noyau exact</translation>
    </message>
    <message>
        <source>Exact answer: what least squares finds in one go</source>
        <translation>Réponse exacte&#xa0;: ce que les moindres carrés trouvent d’un coup</translation>
    </message>
    <message>
        <source>&amp;Add to stack</source>
        <translation>&amp;Ajouter à la pile</translation>
    </message>
    <message>
        <source>Add to stack: the kernel as trained so far, as a new step where its input is the before image</source>
        <translation>Ajouter à la pile&#xa0;: le noyau tel qu’entraîné jusqu’ici, comme nouvelle étape là où son entrée est l’image avant</translation>
    </message>
    <message>
        <source>Adding up the photo&apos;s products of pixels (once)…</source>
        <translation>Somme des produits de pixels de la photo (une seule fois)…</translation>
    </message>
    <message>
        <source>{count} updates a batch</source>
        <translation>{count} mises à jour par lot</translation>
    </message>
    <message>
        <source>1 update a batch</source>
        <translation>1 mise à jour par lot</translation>
    </message>
    <message>
        <source>Exact answer, found in one go by least squares: {verdict}</source>
        <translation>Réponse exacte, trouvée d’un coup par les moindres carrés&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>{status}. It has reached the exact kernel, so it pauses.</source>
        <translation>{status}. Il a atteint le noyau exact, il se met donc en pause.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Pas démarré.</translation>
    </message>
    <message>
        <source>Update {update}: loss {loss} levels² (mean squared error); distance to the exact kernel {distance} (root mean square of the weights&apos; differences)</source>
        <translation>Mise à jour {update}&#xa0;: perte {loss} niveaux² (erreur quadratique moyenne)&#xa0;; distance au noyau exact {distance} (moyenne quadratique des écarts des poids)</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Start trains the kernel from random weights, on the before and after above.</source>
        <translation>Démarrer entraîne le noyau à partir de poids aléatoires, sur les images avant et après ci-dessus.</translation>
    </message>
</context>
<context>
    <name>UserPresets</name>
    <message>
        <source>the saved presets are not a list; they were left out</source>
        <extracomment>Where the window kept its presets before they moved to the shared store.</extracomment>
        <translation>les préréglages enregistrés ne sont pas une liste&#xa0;; ils ont été écartés</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Not enough memory for {work}</source>
        <extracomment>Progress is reported at most this often (seconds). Feature maps are made from the photo shrunk to this many pixels on its longer side, about the input size of the classic image CNNs (224 to 256).</extracomment>
        <translation>Pas assez de mémoire pour cette tâche&#xa0;: {work}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {log}.</source>
        <translation>Erreur inattendue&#xa0;: {error}. Les détails sont dans {log}.</translation>
    </message>
    <message>
        <source>Earlier or this step&apos;s &apos;valid&apos; border leaves this pixel out.</source>
        <translation>La bordure &apos;valid&apos; de cette étape ou d’une précédente laisse ce pixel de côté.</translation>
    </message>
    <message>
        <source>Not enough memory to explain this pixel</source>
        <translation>Pas assez de mémoire pour expliquer ce pixel</translation>
    </message>
    <message>
        <source>Not enough memory to open {path}</source>
        <translation>Pas assez de mémoire pour ouvrir {path}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>The texts argparse translates that a person can read from our parsers, listed so that pyside6-lupdate puts them in the catalogues (it cannot read argparse&apos;s own source).</extracomment>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>chaîne d’option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir &apos;%(filename)s&apos;&#xa0;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>stopped by {signal}</source>
        <extracomment>Messages quote a --preset, --kernel, --kernel-file or --recipe up to this many characters. ``--format`` names: each format&apos;s first extension in `EXTENSIONS` (png, jpg, ...). The largest --max-megapixels: a million megapixels (a terapixel), beyond any file. The signal that stopped the command, once one has.</extracomment>
        <translation>arrêté par {signal}</translation>
    </message>
    <message>
        <source>Apply presets, kernels and recipes, in the order given, to photos.</source>
        <translation>Appliquer des préréglages, des noyaux et des recettes, dans l’ordre donné, à des photos.</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>exemples&#xa0;:</translation>
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
        <translation>Texte de noyau&#xa0;: lignes séparées par &apos;;&apos; ou des retours à la ligne, valeurs par
des espaces ou des virgules, fractions acceptées (1/16)&#xa0;; aussi &apos;WxH[+X+Y]: valeurs&apos;
d’ImageMagick (X une colonne, Y une ligne&#xa0;: l’ancre&#xa0;; nan vaut un poids 0) et
&apos;(0,-1,0;-1,5,-1;0,-1,0)&apos; de G’MIC. Un noyau par canal est une grille par canal,
séparées par &apos;|&apos;&#xa0;; un noyau entre canaux sépare ses canaux de sortie par &apos;||&apos;
(une grille par canal d’entrée dans chacun)&#xa0;: --kernel &apos;1 | 0 | 0 || 0 | 1 | 0 || 0 | 0 | 1&apos; --offset 10,0,-5.
Les décalages et cval sont en niveaux 8 bits (128 = gris moyen).
Les préréglages enregistrés dans la fenêtre marchent aussi avec --preset, par leur nom.</translation>
    </message>
    <message>
        <source>photo files, or folders whose photos are all processed</source>
        <translation>fichiers photo, ou dossiers dont toutes les photos sont traitées</translation>
    </message>
    <message>
        <source>output file; a folder when there are several inputs</source>
        <translation>fichier de sortie&#xa0;; un dossier s’il y a plusieurs entrées</translation>
    </message>
    <message>
        <source>steps (at least one; applied in the order given)</source>
        <translation>étapes (au moins une&#xa0;; appliquées dans l’ordre donné)</translation>
    </message>
    <message>
        <source>a preset, built-in or saved in the window; see &apos;{prog} presets&apos;</source>
        <translation>un préréglage, intégré ou enregistré dans la fenêtre&#xa0;; voir «&#xa0;{prog} presets&#xa0;»</translation>
    </message>
    <message>
        <source>kernel weights, e.g. &quot;0 -1 0; -1 5 -1; 0 -1 0&quot;</source>
        <translation>poids du noyau, p. ex. &quot;0 -1 0; -1 5 -1; 0 -1 0&quot;</translation>
    </message>
    <message>
        <source>a Photoshop Custom filter (.acf; its divisor and offset too, unless --divisor or --offset say otherwise) or a file of kernel text</source>
        <translation>un filtre Personnalisé de Photoshop (.acf&#xa0;; avec son diviseur et son décalage, sauf si --divisor ou --offset disent autre chose) ou un fichier de texte de noyau</translation>
    </message>
    <message>
        <source>a recipe saved by the window (its steps keep their own options)</source>
        <translation>une recette enregistrée par la fenêtre (ses étapes gardent leurs propres options)</translation>
    </message>
    <message>
        <source>options of every --preset, --kernel and --kernel-file step</source>
        <translation>options de chaque étape --preset, --kernel et --kernel-file</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>write every output in this format (default: each output&apos;s extension; in an output folder, each input&apos;s)</source>
        <translation>écrire chaque sortie dans ce format (par défaut&#xa0;: l’extension de chaque sortie&#xa0;; dans un dossier de sortie, celle de chaque entrée)</translation>
    </message>
    <message>
        <source>JPEG, WebP and AVIF quality, 1 to 100 (default {quality}, as in the window)</source>
        <translation>qualité JPEG, WebP et AVIF, de 1 à 100 (par défaut {quality}, comme dans la fenêtre)</translation>
    </message>
    <message>
        <source>do not copy the colour profile and EXIF to the output</source>
        <translation>ne pas copier le profil de couleur et l’EXIF dans la sortie</translation>
    </message>
    <message>
        <source>refuse larger inputs (default %(default)g)</source>
        <translation>refuser les entrées plus grandes (par défaut %(default)g)</translation>
    </message>
    <message>
        <source>print errors only: no progress, summary or notes</source>
        <translation>n’afficher que les erreurs&#xa0;: ni progression, ni bilan, ni remarques</translation>
    </message>
    <message>
        <source>give at least one --preset, --kernel, --kernel-file or --recipe</source>
        <translation>donnez au moins un --preset, --kernel, --kernel-file ou --recipe</translation>
    </message>
    <message>
        <source>step options apply to --preset, --kernel and --kernel-file steps; recipes keep their own</source>
        <translation>les options d’étape s’appliquent aux étapes --preset, --kernel et --kernel-file&#xa0;; les recettes gardent les leurs</translation>
    </message>
    <message>
        <source>--normalize-gimp sets the divisor and offset itself, as GIMP does; leave out {options}</source>
        <translation>--normalize-gimp fixe lui-même le diviseur et le décalage, comme GIMP&#xa0;; retirez {options}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>--anchor {row},{col} replaces the anchor {given_row},{given_col} the kernel gives</source>
        <translation>--anchor {row},{col} remplace l’ancre {given_row},{given_col} que donne le noyau</translation>
    </message>
    <message>
        <source>cannot list the folder {folder}: {reason}</source>
        <translation>impossible de lister le dossier {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the folder {folder} holds no .png, .jpg, .tif, .bmp, .webp, .avif or .heic files</source>
        <translation>le dossier {folder} ne contient aucun fichier .png, .jpg, .tif, .bmp, .webp, .avif ou .heic</translation>
    </message>
    <message>
        <source>--format {format} does not match the output {output} ({extension}); name it {name} or leave out --format</source>
        <translation>--format {format} ne correspond pas à la sortie {output} ({extension})&#xa0;; nommez-la {name} ou retirez --format</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>pas d’extension</translation>
    </message>
    <message>
        <source>--format chooses the outputs&apos; format</source>
        <translation>--format choisit le format des sorties</translation>
    </message>
    <message>
        <source>{first} and {second} would both be written to {target}</source>
        <translation>{first} et {second} seraient tous deux écrits dans {target}</translation>
    </message>
    <message>
        <source>{target} is an input; write the result to another file</source>
        <translation>{target} est une entrée&#xa0;; écrivez le résultat dans un autre fichier</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>impossible de créer le dossier {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not enough memory to filter {file}</source>
        <translation>pas assez de mémoire pour filtrer {file}</translation>
    </message>
    <message>
        <source>an input or output name is empty; give a file or folder</source>
        <translation>un nom d’entrée ou de sortie est vide&#xa0;; donnez un fichier ou un dossier</translation>
    </message>
    <message>
        <source>--quality must be from 1 to 100, got {quality}</source>
        <translation>--quality doit être de 1 à 100, reçu {quality}</translation>
    </message>
    <message>
        <source>--max-megapixels must be from 0.000001 (one pixel) to {most}, got {value}</source>
        <translation>--max-megapixels doit être de 0.000001 (un pixel) à {most}, reçu {value}</translation>
    </message>
    <message>
        <source>--quality changes JPEG, WebP and AVIF outputs only; --format jpg writes JPEGs</source>
        <translation>--quality ne change que les sorties JPEG, WebP et AVIF&#xa0;; --format jpg écrit des JPEG</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>remarque&#xa0;: {text}</translation>
    </message>
    <message>
        <source>A desktop image editor built around convolution kernels. With no FILE the window opens on the bundled sample photo.</source>
        <translation>Un éditeur d’images de bureau bâti autour des noyaux de convolution. Sans FILE, la fenêtre s’ouvre sur la photo d’exemple fournie.</translation>
    </message>
    <message>
        <source>&apos;{prog} apply --help&apos;, &apos;{prog} presets --help&apos;, &apos;{prog} code --help&apos; and &apos;{prog} learn --help&apos; describe the commands.</source>
        <translation>«&#xa0;{prog} apply --help&#xa0;», «&#xa0;{prog} presets --help&#xa0;», «&#xa0;{prog} code --help&#xa0;» et «&#xa0;{prog} learn --help&#xa0;» décrivent les commandes.</translation>
    </message>
    <message>
        <source>a photo to open</source>
        <translation>une photo à ouvrir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>check this installation: open the sample, render a three-step recipe, export it, and check that the window can open on this machine&apos;s display; exit 0 if all is well</source>
        <translation>vérifier cette installation&#xa0;: ouvrir l’exemple, calculer une recette de trois étapes, l’exporter, et vérifier que la fenêtre peut s’ouvrir sur l’écran de cette machine&#xa0;; code de sortie 0 si tout va bien</translation>
    </message>
    <message>
        <source>the language of the window and of every command&apos;s help and messages: {languages}, or a locale name such as fr_FR (default: the locale&apos;s, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG); before a command: &apos;{prog} --lang fr apply ...&apos;</source>
        <translation>la langue de la fenêtre et de l’aide et des messages de chaque commande&#xa0;: {languages}, ou un nom de locale comme fr_FR (par défaut&#xa0;: celle de la locale, d’après LANGUAGE, LC_ALL, LC_MESSAGES ou LANG)&#xa0;; avant une commande&#xa0;: &apos;{prog} --lang fr apply ...&apos;</translation>
    </message>
    <message>
        <source>--selftest takes no FILE; it always uses the sample photo</source>
        <translation>--selftest ne prend pas de FILE&#xa0;; il utilise toujours la photo d’exemple</translation>
    </message>
    <message>
        <source>self-test failed: the window cannot load: {error}</source>
        <translation>échec de l’autotest&#xa0;: la fenêtre ne peut pas se charger&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the window cannot start: {reason}</source>
        <translation>la fenêtre ne peut pas démarrer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the window cannot load: {reason}</source>
        <translation>la fenêtre ne peut pas se charger&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>unknown command {command}; did you mean {close}?</source>
        <translation>commande inconnue {command}&#xa0;; vouliez-vous dire {close}&#xa0;?</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>pas assez de mémoire</translation>
    </message>
    <message>
        <source>unexpected error ({error}); please report it</source>
        <translation>erreur inattendue ({error})&#xa0;; merci de la signaler</translation>
    </message>
    <message>
        <source>{file} has no alpha channel, so step {number} (channels {channels}) leaves it as it is</source>
        <translation>{file} n’a pas de canal alpha, donc l’étape {number} (canaux {channels}) le laisse tel quel</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (voir «&#xa0;{prog} --help&#xa0;»)</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <extracomment>An option&apos;s number, read as kernel cells and presets read them (argparse&apos;s type).</extracomment>
        <translation>{value} n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>cannot write {what}: {reason}</source>
        <translation>impossible d’écrire {what}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>--lang &apos;{value}&apos; is not a language kernelstudio speaks; choose one of {names}</source>
        <translation>--lang &apos;{value}&apos; n’est pas une langue que parle kernelstudio&#xa0;; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>a size is a whole number such as 5, or rows x columns such as 3x7, not {text}</source>
        <translation>une taille est un nombre entier comme 5, ou lignes x colonnes comme 3x7, pas {text}</translation>
    </message>
    <message>
        <source>Find the kernel that best turns BEFORE into AFTER (least squares) and
save it as a recipe that &apos;{prog} apply --recipe&apos; uses on other photos.
The fit (PSNR, RMSE, R²), and a warning when AFTER does not look made
by a kernel, are printed on stderr.</source>
        <translation>Trouver le noyau qui transforme le mieux BEFORE en AFTER (moindres carrés)
et l’enregistrer comme recette que «&#xa0;{prog} apply --recipe&#xa0;» applique à
d’autres photos. L’ajustement (PSNR, RMSE, R²), et un avertissement si AFTER
ne semble pas produit par un noyau, sont affichés sur stderr.</translation>
    </message>
    <message>
        <source>Exit status: 0 when the recipe was written (a poor fit too, with a warning),
2 for a bad command line, 1 for photos that cannot be read or do not match.</source>
        <translation>Code de sortie&#xa0;: 0 si la recette a été écrite (même avec un mauvais ajustement,
avec un avertissement), 2 pour une ligne de commande invalide, 1 pour des photos illisibles ou qui ne correspondent pas.</translation>
    </message>
    <message>
        <source>the photo as it was</source>
        <translation>la photo telle qu’elle était</translation>
    </message>
    <message>
        <source>the same photo after the effect</source>
        <translation>la même photo après l’effet</translation>
    </message>
    <message>
        <source>the recipe to write (JSON)</source>
        <translation>la recette à écrire (JSON)</translation>
    </message>
    <message>
        <source>the kernel&apos;s size: 5, or rows x columns such as 3x7 (default 5; at most 32x32, or 18x18 across three channels)</source>
        <translation>la taille du noyau&#xa0;: 5, ou lignes x colonnes comme 3x7 (par défaut 5&#xa0;; au plus 32x32, ou 18x18 entre trois canaux)</translation>
    </message>
    <message>
        <source>one kernel for all colour channels (shared, the default), one per channel, or one from every channel to every channel (cross-channel: mixes colours)</source>
        <translation>un noyau pour tous les canaux de couleur (shared, par défaut), un par canal, ou un de chaque canal vers chaque canal (cross-channel&#xa0;: mélange les couleurs)</translation>
    </message>
    <message>
        <source>the border AFTER was made with (default reflect101)</source>
        <translation>la bordure avec laquelle AFTER a été fait (par défaut reflect101)</translation>
    </message>
    <message>
        <source>do not fit a constant added after the kernel</source>
        <translation>ne pas ajuster de constante ajoutée après le noyau</translation>
    </message>
    <message>
        <source>a photo or recipe name is empty; give a file</source>
        <translation>un nom de photo ou de recette est vide&#xa0;; donnez un fichier</translation>
    </message>
    <message>
        <source>{output} is an input; write the recipe to another file</source>
        <translation>{output} est une entrée&#xa0;; écrivez la recette dans un autre fichier</translation>
    </message>
    <message>
        <source>wrote {output}, a {rows}×{cols} {mode} kernel: {figures}</source>
        <translation>{output} écrit, un noyau {rows}×{cols} {mode}&#xa0;: {figures}</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>avertissement&#xa0;: {text}</translation>
    </message>
    <message>
        <source>(rounded)</source>
        <extracomment>How wide a preset&apos;s kernel may be listed before it is rounded or summed up.</extracomment>
        <translation>(arrondi)</translation>
    </message>
    <message>
        <source>{rows}×{cols} weights from {low} to {high}, too wide to list here</source>
        <translation>{rows}×{cols} poids de {low} à {high}, trop large pour être listé ici</translation>
    </message>
    <message>
        <source>parameters: {parameters}</source>
        <translation>paramètres&#xa0;: {parameters}</translation>
    </message>
    <message>
        <source>List the presets, their parameters and default kernels: the built-in ones, then those saved in the window.</source>
        <translation>Lister les préréglages, leurs paramètres et leurs noyaux par défaut&#xa0;: ceux intégrés, puis ceux enregistrés dans la fenêtre.</translation>
    </message>
    <message>
        <source>only these presets</source>
        <translation>seulement ces préréglages</translation>
    </message>
    <message>
        <source>{name}: your preset, saved in the window. Its name is a built-in preset&apos;s, which --preset picks first; rename it in the window.</source>
        <translation>{name}&#xa0;: votre préréglage, enregistré dans la fenêtre. Son nom est celui d’un préréglage intégré, que --preset choisit en premier&#xa0;; renommez-le dans la fenêtre.</translation>
    </message>
    <message>
        <source>{name}: your preset, saved in the window.</source>
        <translation>{name}&#xa0;: votre préréglage, enregistré dans la fenêtre.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{name}: {title}. {doc}</source>
        <translation>{name}&#xa0;: {title}. {doc}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>step options: {options}</source>
        <translation>options d’étape&#xa0;: {options}</translation>
    </message>
    <message>
        <source>Your presets are kept in {folder}.</source>
        <translation>Vos préréglages sont gardés dans {folder}.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la liste</translation>
    </message>
    <message>
        <source>Write a recipe as a script doing what kernelstudio does: Python for
OpenCV, SciPy or PyTorch (&apos;python snippet.py IN OUT&apos;), or a shell
script calling ImageMagick 6 (&apos;sh snippet.sh IN OUT&apos;).</source>
        <translation>Écrire une recette sous forme de script qui fait ce que fait kernelstudio&#xa0;: Python pour
OpenCV, SciPy ou PyTorch (&apos;python snippet.py IN OUT&apos;), ou script shell
appelant ImageMagick 6 (&apos;sh snippet.sh IN OUT&apos;).</translation>
    </message>
    <message>
        <source>What a library cannot do is written in NumPy; what ImageMagick cannot do
exactly, the script says at its top.</source>
        <translation>Ce qu’une bibliothèque ne sait pas faire est écrit en NumPy&#xa0;; ce qu’ImageMagick ne
sait pas faire exactement, le script le dit en tête.</translation>
    </message>
    <message>
        <source>a recipe saved by the window</source>
        <translation>une recette enregistrée par la fenêtre</translation>
    </message>
    <message>
        <source>the library the script is for</source>
        <translation>la bibliothèque visée par le script</translation>
    </message>
    <message>
        <source>only step N (from 1; disabled steps count too), not the stack</source>
        <translation>seulement l’étape N (à partir de 1&#xa0;; les étapes désactivées comptent aussi), pas la pile</translation>
    </message>
    <message>
        <source>write the script to FILE (default: print it)</source>
        <translation>écrire le script dans FILE (par défaut&#xa0;: l’afficher)</translation>
    </message>
    <message>
        <source>--step must be from 1 to {count}, the steps of {recipe}; got {step}</source>
        <translation>--step doit être de 1 à {count}, les étapes de {recipe}&#xa0;; reçu {step}</translation>
    </message>
    <message>
        <source>the script</source>
        <translation>le script</translation>
    </message>
    <message>
        <source>{output} is the recipe; write the script to another file</source>
        <translation>{output} est la recette&#xa0;; écrivez le script dans un autre fichier</translation>
    </message>
    <message>
        <source>divide sums by N</source>
        <translation>diviser les sommes par N</translation>
    </message>
    <message>
        <source>add after dividing (with a kernel per channel, one each: 10,0,-5)</source>
        <translation>ajouter après la division (avec un noyau par canal, un par canal&#xa0;: 10,0,-5)</translation>
    </message>
    <message>
        <source>divide by the sum of weights (when it is not 0)</source>
        <translation>diviser par la somme des poids (quand elle n’est pas 0)</translation>
    </message>
    <message>
        <source>normalize as GIMP does: divide by the sum&apos;s size; add 127.5 levels to a zero-sum kernel&apos;s result, 255 to a negative-sum one&apos;s</source>
        <translation>normaliser comme GIMP&#xa0;: diviser par la valeur absolue de la somme&#xa0;; ajouter 127.5 niveaux au résultat d’un noyau à somme nulle, 255 à celui d’un noyau à somme négative</translation>
    </message>
    <message>
        <source>take absolute values (for edge detectors)</source>
        <translation>prendre les valeurs absolues (pour les détecteurs de contours)</translation>
    </message>
    <message>
        <source>rotate the kernel 180 degrees (true convolution)</source>
        <translation>tourner le noyau de 180 degrés (vraie convolution)</translation>
    </message>
    <message>
        <source>border mode (default reflect101)</source>
        <translation>mode de bordure (par défaut reflect101)</translation>
    </message>
    <message>
        <source>fill value for --border constant</source>
        <translation>valeur de remplissage pour --border constant</translation>
    </message>
    <message>
        <source>color (default), all, or letters from rgba such as rb</source>
        <translation>color (par défaut), all, ou des lettres parmi rgba comme rb</translation>
    </message>
    <message>
        <source>mix with the step&apos;s input, 0 to 1</source>
        <translation>mélanger avec l’entrée de l’étape, de 0 à 1</translation>
    </message>
    <message>
        <source>the kernel cell over the pixel, from 0,0 at the top left (default: the centre, kh//2,kw//2)</source>
        <translation>la case du noyau sur le pixel, à partir de 0,0 en haut à gauche (par défaut&#xa0;: le centre, kh//2,kw//2)</translation>
    </message>
    <message>
        <source>apply the step N times (1 to {most})</source>
        <translation>appliquer l’étape N fois (de 1 à {most})</translation>
    </message>
    <message>
        <source>filter colour in linear light, as GIMP does</source>
        <translation>filtrer la couleur en lumière linéaire, comme GIMP</translation>
    </message>
    <message>
        <source>do not weight colour by alpha (by default, as in ImageMagick, colour hidden under transparent pixels does not bleed into visible ones)</source>
        <translation>ne pas pondérer la couleur par l’alpha (par défaut, comme dans ImageMagick, la couleur cachée sous les pixels transparents ne déborde pas sur les pixels visibles)</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <extracomment>Redraws within a file come at most this often (seconds); a new file always redraws.</extracomment>
        <translation>environ {seconds} s restantes</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>environ {minutes} min restantes</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min left</source>
        <translation>environ {hours} h {minutes} min restantes</translation>
    </message>
    <message>
        <source>{count} written</source>
        <translation>{count} écrits</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} sautés</translation>
    </message>
    <message>
        <source>{count} not done</source>
        <translation>{count} non traités</translation>
    </message>
    <message>
        <source>{counts} in {seconds} s</source>
        <translation>{counts} en {seconds} s</translation>
    </message>
    <message>
        <source>{done}/{total} done</source>
        <translation>{done}/{total} faits</translation>
    </message>
    <message>
        <source>now {name}</source>
        <translation>en cours&#xa0;: {name}</translation>
    </message>
    <message>
        <source>estimating the time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message>
        <source>&apos;kernelstudio apply&apos; works without a window</source>
        <extracomment>English (context &quot;cli&quot;); messages translate it where they say it.</extracomment>
        <translation>«&#xa0;kernelstudio apply&#xa0;» fonctionne sans fenêtre</translation>
    </message>
    <message>
        <source>the installation is incomplete: Qt&apos;s {platform} platform cannot find {own}, which come with PySide6; reinstall kernelstudio</source>
        <extracomment>The plugin file of each platform that needs something of the system. Shared libraries the xcb and Wayland plugins need from the system, with the package that provides each: (Debian and Ubuntu, Fedora). From ``ldd`` on Qt 6.10 and 6.11&apos;s plugins. Libraries that come with Qt itself: missing, they mean a broken install, not a package.</extracomment>
        <translation>l’installation est incomplète&#xa0;: la plateforme {platform} de Qt ne trouve pas {own}, fournis avec PySide6&#xa0;; réinstallez kernelstudio</translation>
    </message>
    <message>
        <source>install them with &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) or &apos;sudo dnf install {fedora}&apos; (Fedora)</source>
        <translation>installez-les avec &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) ou &apos;sudo dnf install {fedora}&apos; (Fedora)</translation>
    </message>
    <message>
        <source>install it with &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) or &apos;sudo dnf install {fedora}&apos; (Fedora)</source>
        <translation>installez-la avec &apos;sudo apt install {debian}&apos; (Debian, Ubuntu) ou &apos;sudo dnf install {fedora}&apos; (Fedora)</translation>
    </message>
    <message>
        <source>install the package that provides {name} (&apos;apt-file search {name}&apos;, &apos;dnf provides &quot;*/{name}&quot;&apos;)</source>
        <translation>installez le paquet qui fournit {name} (&apos;apt-file search {name}&apos;, &apos;dnf provides &quot;*/{name}&quot;&apos;)</translation>
    </message>
    <message>
        <source>Qt&apos;s {platform} platform needs {names}, not installed here: {hints}; {headless}</source>
        <translation>la plateforme {platform} de Qt a besoin de {names}, non installés ici&#xa0;: {hints}&#xa0;; {headless}</translation>
    </message>
    <message>
        <source>the installation is incomplete: Qt&apos;s {platform} platform plugin is not in {plugin_parent}; reinstall kernelstudio</source>
        <translation>l’installation est incomplète&#xa0;: le greffon de la plateforme {platform} de Qt n’est pas dans {plugin_parent}&#xa0;; réinstallez kernelstudio</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM asks for xcb but DISPLAY is not set; {headless}</source>
        <translation>QT_QPA_PLATFORM demande xcb mais DISPLAY n’est pas défini&#xa0;; {headless}</translation>
    </message>
    <message>
        <source>the X display {display!r} (DISPLAY) does not answer: is its X server running, and may you use it (xauth)? {headless}</source>
        <translation>l’affichage X {display!r} (DISPLAY) ne répond pas&#xa0;: son serveur X tourne-t-il, et avez-vous le droit de l’utiliser (xauth)&#xa0;? {headless}</translation>
    </message>
    <message>
        <source>the Wayland display {display!r} (WAYLAND_DISPLAY) does not answer; {headless}</source>
        <translation>l’affichage Wayland {display!r} (WAYLAND_DISPLAY) ne répond pas&#xa0;; {headless}</translation>
    </message>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set, as over ssh): use &apos;kernelstudio apply&apos; for headless work, &apos;ssh -X&apos; to bring the window to your screen, or QT_QPA_PLATFORM=offscreen for &apos;kernelstudio --selftest&apos;</source>
        <translation>il n’y a pas d’écran où ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n’est défini, comme via ssh)&#xa0;: utilisez &apos;kernelstudio apply&apos; pour travailler sans écran, &apos;ssh -X&apos; pour amener la fenêtre sur votre écran, ou QT_QPA_PLATFORM=offscreen pour &apos;kernelstudio --selftest&apos;</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>dog: sigma1 and sigma2 must differ, both are {sigma1:g}</source>
        <extracomment>The eight compass directions, clockwise from the top.</extracomment>
        <translation>dog&#xa0;: sigma1 et sigma2 doivent différer, les deux valent {sigma1:g}</translation>
    </message>
    <message>
        <source>unknown target {target!r}; choose one of {targets}</source>
        <extracomment>The targets, by the name ``--to`` takes.</extracomment>
        <translation>cible inconnue {target!r}&#xa0;; choisissez parmi {targets}</translation>
    </message>
    <message>
        <source>the stack has no enabled step to write as code</source>
        <translation>la pile n’a aucune étape activée à écrire en code</translation>
    </message>
    <message>
        <source>the step</source>
        <translation>l’étape</translation>
    </message>
    <message>
        <source>step {number}</source>
        <extracomment>Recipes larger than this are refused before parsing (a 255×255 kernel is about 1 MB).</extracomment>
        <translation>l’étape {number}</translation>
    </message>
    <message>
        <source>the ImageMagick script holds kernels shared by the channels; {which} has a kernel {kind}: copy it as Python code</source>
        <translation>le script ImageMagick contient des noyaux communs aux canaux&#xa0;; {which} a un noyau {kind}&#xa0;: copiez-le en code Python</translation>
    </message>
    <message>
        <source>copy as code writes kernels {kind} for colour channels; {which} filters alpha with one too</source>
        <translation>copier en code écrit des noyaux {kind} pour les canaux de couleur&#xa0;; {which} filtre aussi l’alpha avec l’un d’eux</translation>
    </message>
    <message>
        <source>anchor must be a (row, column) pair, got {anchor!r}</source>
        <translation>anchor doit être une paire (ligne, colonne), reçu {anchor!r}</translation>
    </message>
    <message>
        <source>anchor {value} lies outside the {kh}×{kw} kernel</source>
        <translation>l’ancre {value} est en dehors du noyau {kh}×{kw}</translation>
    </message>
    <message>
        <source>cval must be a number, got {cval!r}</source>
        <translation>cval doit être un nombre, reçu {cval!r}</translation>
    </message>
    <message>
        <source>cval must be a finite number, got {value}</source>
        <translation>cval doit être un nombre fini, reçu {value}</translation>
    </message>
    <message>
        <source>{name} is a damaged {kind} file ({why})</source>
        <extracomment>TIFF compressions whose 16-bit colour pages are read at 16 bits (Pillow&apos;s names): what GIMP, Photoshop, OpenCV, ImageMagick and kernelstudio write. Others (JPEG, zstd, WebP) are left to Pillow, at 8 bits, with a note. Tags tifffile writes itself (or refuses, with a log line) whatever EXIF brings. The channels of libspng&apos;s RGBA to keep, for each 16-bit PNG colour type (slices, so that the one copy made is the result). A classic TIFF&apos;s offsets are 32-bit; past this many pixel bytes, write a BigTIFF.</extracomment>
        <translation>{name} est un fichier {kind} endommagé ({why})</translation>
    </message>
    <message>
        <source>its pixels are not the {width}×{height} its header says</source>
        <translation>ses pixels ne font pas les {width}×{height} qu’annonce son en-tête</translation>
    </message>
    <message>
        <source>its first chunk is not the header Pillow read</source>
        <translation>son premier bloc n’est pas l’en-tête qu’a lu Pillow</translation>
    </message>
    <message>
        <source>colour type {colour_type} at 16 bits</source>
        <translation>type de couleur {colour_type} en 16 bits</translation>
    </message>
    <message>
        <source>page {value} is not the {width}×{height} RGB its header says</source>
        <translation>la page {value} n’est pas l’image RGB {width}×{height} qu’annonce son en-tête</translation>
    </message>
    <message>
        <source>unknown border {border!r}; choose one of {borders}</source>
        <extracomment>Border modes, named as in OpenCV; ``valid`` shrinks the output instead of padding. Below this many output values threads cost more than they save. ``progress(fraction)`` with fraction in [0, 1]. ``finish(values, rows, cols)`` maps a block of raw sums (output rows and columns as slices) to final values; it may work in place and is called from worker threads.</extracomment>
        <translation>bordure inconnue {border!r}&#xa0;; choisissez parmi {borders}</translation>
    </message>
    <message>
        <source>unknown method {method!r}; choose one of {methods}</source>
        <translation>méthode inconnue {method!r}&#xa0;; choisissez parmi {methods}</translation>
    </message>
    <message>
        <source>an image must be 2-D (rows, columns) or 3-D (rows, columns, channels), got shape {array_shape}</source>
        <translation>une image doit être en 2-D (lignes, colonnes) ou en 3-D (lignes, colonnes, canaux), reçu la forme {array_shape}</translation>
    </message>
    <message>
        <source>the image is empty (shape {array_shape})</source>
        <translation>l’image est vide (forme {array_shape})</translation>
    </message>
    <message>
        <source>images of type {array_dtype} are not supported; use uint8, uint16, another integer type, float32 or float64</source>
        <translation>les images de type {array_dtype} ne sont pas prises en charge&#xa0;; utilisez uint8, uint16, un autre type entier, float32 ou float64</translation>
    </message>
    <message>
        <source>border &apos;valid&apos; needs an image at least as large as the kernel; the image is {height}×{width} and the kernel {kh}×{kw}</source>
        <translation>la bordure &apos;valid&apos; demande une image au moins aussi grande que le noyau&#xa0;; l’image fait {height}×{width} et le noyau {kh}×{kw}</translation>
    </message>
    <message>
        <source>out must be {out_dtype} of shape {value}, got {out_dtype2} of shape {out_shape}</source>
        <translation>out doit être un {out_dtype} de forme {value}, reçu un {out_dtype2} de forme {out_shape}</translation>
    </message>
    <message>
        <source>{doing} was cancelled</source>
        <translation>{doing} a été annulé</translation>
    </message>
    <message>
        <source>pixel (row {row}, column {col}) lies outside the {height}×{width} result</source>
        <translation>le pixel (ligne {row}, colonne {col}) est en dehors du résultat {height}×{width}</translation>
    </message>
    <message>
        <source>output must be the step&apos;s {array_dtype} result of shape {expected}, got {output_dtype} of shape {output_shape}</source>
        <translation>output doit être le résultat {array_dtype} de l’étape, de forme {expected}, reçu un {output_dtype} de forme {output_shape}</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>un tube (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>is {kind}, not a file</source>
        <translation>est {kind}, pas un fichier</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>dépasse {megabytes} Mo</translation>
    </message>
    <message>
        <source>is {kind}, not a file; choose a file name</source>
        <extracomment>The longest file name most file systems hold, in bytes. Bytes a temporary&apos;s name adds to its stem: ``.`` and ``.&lt;pid&gt;.&lt;8 random&gt;.part``.</extracomment>
        <translation>est {kind}, pas un fichier&#xa0;; choisissez un nom de fichier</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <extracomment>Default limit on width × height (× frames): 200 megapixels, beyond any hobbyist&apos;s camera. The formats `load_image` reads, as its messages name them. How many of a file&apos;s first bytes `sniff_format` is given: an AVIF&apos;s or HEIC&apos;s brands. Things the user should be told once: depth lost, colours converted, EXIF dropped.</extracomment>
        <translation>{name} n’existe pas</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image</source>
        <translation>{name} est un dossier, pas une image</translation>
    </message>
    <message>
        <source>{name} {error}; open a photo file</source>
        <translation>{name} {error}&#xa0;; ouvrez un fichier photo</translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>impossible de lire {name}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated {kind} file</source>
        <extracomment>Errors of Python itself that a parser trips over on short or odd data; their words (&apos;unpack_from requires a buffer of at least 14 bytes&apos;) tell a person nothing.</extracomment>
        <translation>{name} est un fichier {kind} endommagé ou tronqué</translation>
    </message>
    <message>
        <source>{said} ({why})</source>
        <translation>{said} ({why})</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} fait {width}×{height} pixels ({value:.1f} mégapixels), plus que la limite de {value2:g} mégapixels&#xa0;; n’augmentez la limite que si vous faites confiance à ce fichier</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} pixels × {frames} frames ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} fait {width}×{height} pixels × {frames} images ({value:.1f} mégapixels), plus que la limite de {value2:g} mégapixels&#xa0;; n’augmentez la limite que si vous faites confiance à ce fichier</translation>
    </message>
    <message>
        <source>{name} is {frames} pages of up to {width}×{height} pixels ({value:.1f} megapixels), more than the limit of {value2:g} megapixels; raise the limit only if you trust this file</source>
        <translation>{name} fait {frames} pages d’au plus {width}×{height} pixels ({value:.1f} mégapixels), plus que la limite de {value2:g} mégapixels&#xa0;; n’augmentez la limite que si vous faites confiance à ce fichier</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is not a {formats} image</source>
        <translation>{name} n’est pas une image {formats}</translation>
    </message>
    <message>
        <source>not enough memory to open {name}</source>
        <translation>pas assez de mémoire pour ouvrir {name}</translation>
    </message>
    <message>
        <source>size must be between {low} and {max_response_size}, got {size}</source>
        <extracomment>Side of a frequency response for kernels up to this size; larger ones double it. Largest side of a frequency response. Largest CNN stride `feature_map` takes. Relative tolerance for &quot;zero&quot;, &quot;equal&quot; and &quot;symmetric&quot; in `kernel_facts`. ITU-R BT.601 luma weights, as Pillow&apos;s &quot;L&quot; conversion and OpenCV&apos;s RGB2GRAY use.</extracomment>
        <translation>la taille doit être comprise entre {low} et {max_response_size}, reçu {size}</translation>
    </message>
    <message>
        <source>divisor must be a number, got {divisor!r}</source>
        <translation>le diviseur doit être un nombre, reçu {divisor!r}</translation>
    </message>
    <message>
        <source>divisor must be a finite number other than 0, got {divisor}</source>
        <translation>le diviseur doit être un nombre fini autre que 0, reçu {divisor}</translation>
    </message>
    <message>
        <source>divisor {divisor:g} makes the gain too large</source>
        <translation>le diviseur {divisor:g} rend le gain trop grand</translation>
    </message>
    <message>
        <source>luminance needs 1 to 4 channels (grey to RGBA), got {channels}</source>
        <translation>la luminance demande de 1 à 4 canaux (gris à RGBA), reçu {channels}</translation>
    </message>
    <message>
        <source>feature maps are made from a 2-D grey image, got shape {array_shape}</source>
        <translation>les cartes de caractéristiques sont faites à partir d’une image grise en 2-D, reçu la forme {array_shape}</translation>
    </message>
    <message>
        <source>stride must be between 1 and {max_stride}, got {stride}</source>
        <translation>le pas doit être compris entre 1 et {max_stride}, reçu {stride}</translation>
    </message>
    <message>
        <source>2×2 max pooling needs a map at least 2×2, got {height}×{width}</source>
        <translation>le max-pooling 2×2 demande une carte d’au moins 2×2, reçu {height}×{width}</translation>
    </message>
    <message>
        <source>cannot read kernel file {name}: {exc}</source>
        <extracomment>Files named so are Photoshop Custom filters; any other name is kernel text. Larger files are refused unread: a 255×255 kernel of 64-character numbers is 4.2 MB.</extracomment>
        <translation>impossible de lire le fichier de noyau {name}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; not a kernel file</source>
        <translation>{name} dépasse {megabytes} Mo&#xa0;; ce n’est pas un fichier de noyau</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>not kernel text (UTF-8), nor named .acf as Photoshop&apos;s Custom filters are{hint}</source>
        <translation>ni du texte de noyau (UTF-8), ni un fichier nommé .acf comme les filtres Personnalisé de Photoshop{hint}</translation>
    </message>
    <message>
        <source>cannot save kernel file {path}: {exc}</source>
        <translation>impossible d’enregistrer le fichier de noyau {path}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>a weight must be text such as 2 or 1/16, got {name}</source>
        <translation>un poids doit être un texte comme 2 ou 1/16, reçu {name}</translation>
    </message>
    <message>
        <source>{text} is not one number; a cell holds one, such as 2 or 1/16</source>
        <translation>{text} n’est pas un nombre unique&#xa0;; une case en contient un, comme 2 ou 1/16</translation>
    </message>
    <message>
        <source>kernel text with brackets must look like [[1, 2, 1], [2, 4, 2], [1, 2, 1]]</source>
        <translation>un texte de noyau avec crochets doit ressembler à [[1, 2, 1], [2, 4, 2], [1, 2, 1]]</translation>
    </message>
    <message>
        <source>kernel text must be a string, got {name}</source>
        <translation>le texte de noyau doit être une chaîne, reçu {name}</translation>
    </message>
    <message>
        <source>G&apos;MIC&apos;s &apos;^&apos; starts another channel; a kernel is one 2-D grid of weights, such as (0,-1,0;-1,5,-1;0,-1,0)</source>
        <translation>le &apos;^&apos; de G’MIC commence un autre canal&#xa0;; un noyau est une seule grille 2-D de poids, comme (0,-1,0;-1,5,-1;0,-1,0)</translation>
    </message>
    <message>
        <source>a kernel has 1 to {max_slices} channel slices, got {slices}</source>
        <extracomment>NumPy&apos;s brackets three or four deep, optionally inside np.array(...) or tensor(...).</extracomment>
        <translation>un noyau a de 1 à {max_slices} tranches de canal, reçu {slices}</translation>
    </message>
    <message>
        <source>output channel {number}, grid {index}</source>
        <translation>canal de sortie {number}, grille {index}</translation>
    </message>
    <message>
        <source>grid {index}</source>
        <translation>grille {index}</translation>
    </message>
    <message>
        <source>every grid of a kernel with several is the same size; got {sizes}</source>
        <translation>toutes les grilles d’un noyau qui en a plusieurs ont la même taille&#xa0;; reçu {sizes}</translation>
    </message>
    <message>
        <source>the grids of one kernel give different anchors</source>
        <translation>les grilles d’un même noyau donnent des ancres différentes</translation>
    </message>
    <message>
        <source>a kernel across channels has, for each of its {outputs} output channels (&apos;||&apos; between them), one grid per input channel (&apos;|&apos; between them): {outputs} each, got {counts}</source>
        <translation>un noyau entre canaux a, pour chacun de ses {outputs} canaux de sortie (&apos;||&apos; entre eux), une grille par canal d’entrée (&apos;|&apos; entre elles)&#xa0;: {outputs} chacun, reçu {counts}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>brackets three or four deep hold plain numbers only, as NumPy prints them: [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</source>
        <translation>des crochets à trois ou quatre niveaux ne contiennent que des nombres, comme NumPy les affiche&#xa0;: [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</translation>
    </message>
    <message>
        <source>brackets three or four deep must be balanced lists of numbers, as in [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</source>
        <translation>des crochets à trois ou quatre niveaux doivent être des listes de nombres équilibrées, comme [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]</translation>
    </message>
    <message>
        <source>kernel text has more than {max_kernel_size} rows; each side may be at most {max_kernel_size}</source>
        <translation>le texte de noyau a plus de {max_kernel_size} lignes&#xa0;; chaque côté fait au plus {max_kernel_size}</translation>
    </message>
    <message>
        <source>row {value} has {tokens} values; each side may be at most {max_kernel_size}</source>
        <translation>la ligne {value} a {tokens} valeurs&#xa0;; chaque côté fait au plus {max_kernel_size}</translation>
    </message>
    <message>
        <source>kernel text is empty; write rows such as &apos;0 -1 0; -1 5 -1; 0 -1 0&apos;</source>
        <translation>le texte de noyau est vide&#xa0;; écrivez des lignes comme &apos;0 -1 0; -1 5 -1; 0 -1 0&apos;</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <source>row {value} has 1 value but row 1 has {first} values; every row needs the same number of values</source>
        <translation>la ligne {value} a 1 valeur mais la ligne 1 en a {first}&#xa0;; chaque ligne doit avoir le même nombre de valeurs</translation>
    </message>
    <message>
        <source>row {value} has {values} values but row 1 has 1 value; every row needs the same number of values</source>
        <translation>la ligne {value} a {values} valeurs mais la ligne 1 en a 1&#xa0;; chaque ligne doit avoir le même nombre de valeurs</translation>
    </message>
    <message>
        <source>row {value} has {values} values but row 1 has {first} values; every row needs the same number of values</source>
        <translation>la ligne {value} a {values} valeurs mais la ligne 1 en a {first}&#xa0;; chaque ligne doit avoir le même nombre de valeurs</translation>
    </message>
    <message>
        <source>ImageMagick kernel lists (several kernels joined by &apos;;&apos;) are not read; give one kernel, such as {magick_example}</source>
        <extracomment>G&apos;MIC&apos;s matrix: ``(a,b;c,d)``, rows split by &apos;;&apos; and values by &apos;,&apos;. ImageMagick&apos;s kernel geometry, the text before its &apos;:&apos;; the flags make kernel lists. A cell ImageMagick leaves out of the neighbourhood.</extracomment>
        <translation>les listes de noyaux d’ImageMagick (plusieurs noyaux joints par &apos;;&apos;) ne sont pas lues&#xa0;; donnez un seul noyau, comme {magick_example}</translation>
    </message>
    <message>
        <source>{geometry} before &apos;:&apos; is not a kernel size; ImageMagick kernels start with WIDTHxHEIGHT, as in {magick_example} (its named kernels, such as Laplacian, are not read)</source>
        <translation>{geometry} avant &apos;:&apos; n’est pas une taille de noyau&#xa0;; les noyaux ImageMagick commencent par LARGEURxHAUTEUR, comme {magick_example} (ses noyaux nommés, comme Laplacian, ne sont pas lus)</translation>
    </message>
    <message>
        <source>ImageMagick&apos;s {size_flags} turns the kernel into a list of rotated kernels; give one kernel (the Kernel menu turns it)</source>
        <translation>les {size_flags} d’ImageMagick font du noyau une liste de noyaux tournés&#xa0;; donnez un seul noyau (le menu Noyau le fait tourner)</translation>
    </message>
    <message>
        <source>a {cols}x{rows} kernel cannot be used; each side may be from 1 to {max_kernel_size}</source>
        <translation>un noyau {cols}x{rows} est inutilisable&#xa0;; chaque côté doit faire de 1 à {max_kernel_size}</translation>
    </message>
    <message>
        <source>the origin +{size_col}+{size_row} lies outside the {name} kernel; +X+Y is a column from 0 to {last_col} and a row from 0 to {last_row}</source>
        <translation>l’origine +{size_col}+{size_row} est en dehors du noyau {name}&#xa0;; +X+Y est une colonne de 0 à {last_col} et une ligne de 0 à {last_row}</translation>
    </message>
    <message>
        <source>{name} needs {value} values, got {tokens}</source>
        <translation>{name} demande {value} valeurs, reçu {tokens}</translation>
    </message>
    <message>
        <source>value {index} of {name}</source>
        <translation>valeur {index} de {name}</translation>
    </message>
    <message>
        <source>every value of the {name} kernel is nan (left out); a kernel needs at least one weight</source>
        <translation>chaque valeur du noyau {name} est nan (exclue)&#xa0;; un noyau a besoin d’au moins un poids</translation>
    </message>
    <message>
        <source>a kernel must be a 2-D grid (rows × columns) whose rows all have the same length</source>
        <translation>un noyau doit être une grille 2-D (lignes × colonnes) dont toutes les lignes ont la même longueur</translation>
    </message>
    <message>
        <source>kernel weights must be real numbers, not complex</source>
        <translation>les poids du noyau doivent être des nombres réels, pas complexes</translation>
    </message>
    <message>
        <source>kernel weights must be numbers, not text</source>
        <translation>les poids du noyau doivent être des nombres, pas du texte</translation>
    </message>
    <message>
        <source>kernel weights must be numbers, not true or false</source>
        <translation>les poids du noyau doivent être des nombres, pas vrai ou faux</translation>
    </message>
    <message>
        <source>kernel weights must be numbers within ±{max_weight:g}</source>
        <translation>les poids du noyau doivent être des nombres compris dans ±{max_weight:g}</translation>
    </message>
    <message>
        <source>a kernel must be a 2-D grid (rows × columns), got {got}</source>
        <translation>un noyau doit être une grille 2-D (lignes × colonnes), reçu {got}</translation>
    </message>
    <message>
        <source>a kernel needs at least one weight, got shape {raw_shape}</source>
        <translation>un noyau a besoin d’au moins un poids, reçu la forme {raw_shape}</translation>
    </message>
    <message>
        <source>a {rows}×{cols} kernel is too large; each side may be at most {max_kernel_size}</source>
        <translation>un noyau {rows}×{cols} est trop grand&#xa0;; chaque côté fait au plus {max_kernel_size}</translation>
    </message>
    <message>
        <source>kernel weight at row {value}, column {value2} is {value3}; weights must be finite numbers</source>
        <translation>le poids du noyau en ligne {value}, colonne {value2} vaut {value3}&#xa0;; les poids doivent être des nombres finis</translation>
    </message>
    <message>
        <source>kernel weight at row {value}, column {value2} is {value3:g}; weights must lie between -{max_weight:g} and {max_weight:g}</source>
        <translation>le poids du noyau en ligne {value}, colonne {value2} vaut {value3:g}&#xa0;; les poids doivent être compris entre -{max_weight:g} et {max_weight:g}</translation>
    </message>
    <message>
        <source>a cross-channel kernel has as many output channels as input channels (C × C × rows × columns), got shape {raw_shape}</source>
        <translation>un noyau entre canaux a autant de canaux de sortie que de canaux d’entrée (C × C × lignes × colonnes), reçu la forme {raw_shape}</translation>
    </message>
    <message>
        <source>a kernel has 1 to {max_slices} channel slices, got {slices_0}</source>
        <translation>un noyau a de 1 à {max_slices} tranches de canal, reçu {slices_0}</translation>
    </message>
    <message>
        <source>slice {where}: {error}</source>
        <translation>tranche {where}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>an all-zero kernel cannot be normalized</source>
        <translation>un noyau entièrement nul ne peut pas être normalisé</translation>
    </message>
    <message>
        <source>{what} must be a whole number, got {value}</source>
        <translation>{what} doit être un nombre entier, reçu {value}</translation>
    </message>
    <message>
        <source>{what} must be between 1 and {max_kernel_size}, got {size}</source>
        <translation>{what} doit être compris entre 1 et {max_kernel_size}, reçu {size}</translation>
    </message>
    <message>
        <source>a kernel size is one number or (rows, columns), got {size!r}</source>
        <extracomment>How a kernel is shared between colour channels: one for all, one each, or one from every input channel to every output channel (PyTorch&apos;s ``Conv2d.weight``). About how many bytes one block&apos;s windows take (a few blocks per thread are alive). Eigenvalues of the scaled normal matrix below this share of the largest count as 0. Most weights one output channel&apos;s kernel may have (32×32, or 18×18 across 3 channels): G has their square as entries, and each thread sums a copy of it per channel.</extracomment>
        <translation>une taille de noyau est un nombre ou (lignes, colonnes), reçu {size!r}</translation>
    </message>
    <message>
        <source>before and after must be the same size; before is {before_cols}×{before_rows} pixels and after {after_cols}×{after_rows}</source>
        <translation>avant et après doivent avoir la même taille&#xa0;; avant fait {before_cols}×{before_rows} pixels et après {after_cols}×{after_rows}</translation>
    </message>
    <message>
        <source>before and after must have the same channels; before has {channels_0} and after {channels_1}</source>
        <translation>avant et après doivent avoir les mêmes canaux&#xa0;; avant en a {channels_0} et après {channels_1}</translation>
    </message>
    <message>
        <source>unknown mode {mode!r}; choose one of {learn_modes}</source>
        <translation>mode inconnu {mode!r}&#xa0;; choisissez parmi {learn_modes}</translation>
    </message>
    <message>
        <source>a {kh}×{kw} kernel{inputs} has {value} weights to learn, more than the {max_learned_weights} learning can handle; choose a smaller size</source>
        <translation>un noyau {kh}×{kw}{inputs} a {value} poids à apprendre, plus que les {max_learned_weights} que l’apprentissage peut traiter&#xa0;; choisissez une taille plus petite</translation>
    </message>
    <message>
        <source>{lead} is not a finite number; numbers lie within ±{most}</source>
        <extracomment>Longest number text read, in characters (spaces around it not counted). Longer text is cut when an error message quotes it. The largest float, as the message about too large a number writes it.</extracomment>
        <translation>{lead} n’est pas un nombre fini&#xa0;; les nombres sont compris dans ±{most}</translation>
    </message>
    <message>
        <source>{lead} is closer to 0 than any number can be (5e-324); write 0 instead</source>
        <translation>{lead} est plus proche de 0 que ne peut l’être un nombre (5e-324)&#xa0;; écrivez 0 à la place</translation>
    </message>
    <message>
        <source>{lead} is not text; use numbers such as 2, -0.5 or 1/16</source>
        <translation>{lead} n’est pas du texte&#xa0;; utilisez des nombres comme 2, -0.5 ou 1/16</translation>
    </message>
    <message>
        <source>{lead} is too long for a number; write at most {max_number_text} characters</source>
        <translation>{lead} est trop long pour un nombre&#xa0;; écrivez au plus {max_number_text} caractères</translation>
    </message>
    <message>
        <source>{lead} is not a finite number</source>
        <translation>{lead} n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>{lead} is not a number; use numbers such as 2, -0.5 or 1/16</source>
        <translation>{lead} n’est pas un nombre&#xa0;; utilisez des nombres comme 2, -0.5 ou 1/16</translation>
    </message>
    <message>
        <source>{lead} divides by zero</source>
        <translation>{lead} divise par zéro</translation>
    </message>
    <message>
        <source>{what} must be a number, got {value}</source>
        <translation>{what} doit être un nombre, reçu {value}</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {value}</source>
        <translation>{what} doit être un nombre fini, reçu {value}</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {number}</source>
        <translation>{what} doit être un nombre fini, reçu {number}</translation>
    </message>
    <message>
        <source>a whole number of {digits} digits is too long; numbers may have at most {max_number_text}</source>
        <translation>un nombre entier de {digits} chiffres est trop long&#xa0;; les nombres ont au plus {max_number_text} chiffres</translation>
    </message>
    <message>
        <source>not valid JSON at line {exc_lineno}, column {exc_colno}: {exc_msg}</source>
        <translation>JSON invalide à la ligne {exc_lineno}, colonne {exc_colno}&#xa0;: {exc_msg}</translation>
    </message>
    <message>
        <source>steps filter uint8, uint16, float32 and float64 images, not {dtype}</source>
        <extracomment>Below this share of the kernel&apos;s weight over visible pixels, alpha weighting keeps the colour as it was: the window is (all but) fully transparent.</extracomment>
        <translation>les étapes filtrent les images uint8, uint16, float32 et float64, pas {dtype}</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with one slice, or choose {step_slices} channels</source>
        <translation>le noyau a une tranche pour chacun de {step_slices} canaux, mais l’étape filtre {chosen} de ceux de cette image ({names}, avec les canaux {step_channels!r})&#xa0;; donnez un noyau à une seule tranche, ou choisissez {step_slices} canaux</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with one slice</source>
        <translation>le noyau a une tranche pour chacun de {step_slices} canaux, mais l’étape filtre {chosen} de ceux de cette image ({names}, avec les canaux {step_channels!r})&#xa0;; donnez un noyau à une seule tranche</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with {chosen} slices, or choose {step_slices} channels</source>
        <translation>le noyau a une tranche pour chacun de {step_slices} canaux, mais l’étape filtre {chosen} de ceux de cette image ({names}, avec les canaux {step_channels!r})&#xa0;; donnez un noyau à {chosen} tranches, ou choisissez {step_slices} canaux</translation>
    </message>
    <message>
        <source>the kernel has a slice for each of {step_slices} channels, but the step filters {chosen} of this image&apos;s ({names}, with channels {step_channels!r}); give a kernel with {chosen} slices</source>
        <translation>le noyau a une tranche pour chacun de {step_slices} canaux, mais l’étape filtre {chosen} de ceux de cette image ({names}, avec les canaux {step_channels!r})&#xa0;; donnez un noyau à {chosen} tranches</translation>
    </message>
    <message>
        <source>not a Photoshop Custom filter</source>
        <extracomment>Bytes in an .acf file. Largest weight magnitude Photoshop&apos;s grid takes. Largest scale (divisor); the smallest is 1. Largest offset magnitude, in levels. Cells from the centre to the rim of Photoshop&apos;s 5×5 grid.</extracomment>
        <translation>pas un filtre Personnalisé de Photoshop</translation>
    </message>
    <message>
        <source>{not_acf}: it has {data} bytes, and .acf files have {acf_size}</source>
        <translation>{not_acf}&#xa0;: il fait {data} octets, et les fichiers .acf en font {acf_size}</translation>
    </message>
    <message>
        <source>{not_acf}: its weight at row {row}, column {column} is {weight}, and Photoshop&apos;s lie between -{max_acf_weight} and {max_acf_weight}</source>
        <translation>{not_acf}&#xa0;: son poids en ligne {row}, colonne {column} vaut {weight}, et ceux de Photoshop sont compris entre -{max_acf_weight} et {max_acf_weight}</translation>
    </message>
    <message>
        <source>{not_acf}: its scale is {scale}, and Photoshop&apos;s is from 1 to {max_acf_scale}</source>
        <translation>{not_acf}&#xa0;: son échelle vaut {scale}, et celle de Photoshop va de 1 à {max_acf_scale}</translation>
    </message>
    <message>
        <source>{not_acf}: its offset is {offset}, and Photoshop&apos;s lies between -{max_acf_offset} and {max_acf_offset}</source>
        <translation>{not_acf}&#xa0;: son décalage vaut {offset}, et celui de Photoshop est compris entre -{max_acf_offset} et {max_acf_offset}</translation>
    </message>
    <message>
        <source>Photoshop&apos;s 5×5 grid is centred on the pixel and reaches {reach} cells from it; this {rows}×{cols} kernel has weights {reach2} cells from its anchor (row {top}, column {left}), so it cannot be centred in the grid</source>
        <translation>la grille 5×5 de Photoshop est centrée sur le pixel et s’étend à {reach} cases de lui&#xa0;; ce noyau {rows}×{cols} a des poids à {reach2} cases de son ancre (ligne {top}, colonne {left}), il ne peut donc pas être centré dans la grille</translation>
    </message>
    <message>
        <source>Photoshop&apos;s weights lie between -{max_acf_weight} and {max_acf_weight}, and the weight at row {value}, column {value2} is {value3:g}</source>
        <extracomment>Step options whose picture the file makes too (folded into its numbers, or for the border, noted), and alpha weighting, which changes nothing over opaque pixels. What Photoshop&apos;s Custom filter lacks for each other option, and what to do about it.</extracomment>
        <translation>les poids de Photoshop sont compris entre -{max_acf_weight} et {max_acf_weight}, et le poids en ligne {value}, colonne {value2} vaut {value3:g}</translation>
    </message>
    <message>
        <source>Photoshop&apos;s scale (the divisor) is from 1 to {max_acf_scale}, and this step divides by {divisor:g}</source>
        <translation>l’échelle de Photoshop (le diviseur) va de 1 à {max_acf_scale}, et cette étape divise par {divisor:g}</translation>
    </message>
    <message>
        <source>Photoshop&apos;s offset is a whole number of levels from -{max_acf_offset} to {max_acf_offset}, and this step adds {value}</source>
        <translation>le décalage de Photoshop est un nombre entier de niveaux de -{max_acf_offset} à {max_acf_offset}, et cette étape ajoute {value}</translation>
    </message>
    <message>
        <source>{name} holds 32-bit integer pixels, which are not supported</source>
        <translation>{name} contient des pixels entiers 32 bits, qui ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>{name} holds 32-bit float pixels, which are not supported</source>
        <translation>{name} contient des pixels flottants 32 bits, qui ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>cannot save {pixels_dtype} pixels; use uint8, uint16 or float in 0..1</source>
        <translation>impossible d’enregistrer des pixels {pixels_dtype}&#xa0;; utilisez uint8, uint16 ou float dans 0..1</translation>
    </message>
    <message>
        <source>cannot save an image with {channels} channels; use 1 to 4</source>
        <translation>impossible d’enregistrer une image à {channels} canaux&#xa0;; utilisez-en de 1 à 4</translation>
    </message>
    <message>
        <source>{name} is a damaged PNG file (the checksum of its {shown} chunk is wrong)</source>
        <extracomment>Ancillary chunks that hold the picture itself: a checksum failure there is damage to it. The largest metadata chunk `find_chunk` returns: Pillow&apos;s own limit on a text chunk.</extracomment>
        <translation>{name} est un fichier PNG endommagé (la somme de contrôle de son bloc {shown} est fausse)</translation>
    </message>
    <message>
        <source>{where} must be one of {choices}, got {value}</source>
        <translation>{where} doit être l’un de {choices}, reçu {value}</translation>
    </message>
    <message>
        <source>{where} must be a whole number, got {value}</source>
        <translation>{where} doit être un nombre entier, reçu {value}</translation>
    </message>
    <message>
        <source>{where} must be between {minimum} and {maximum}, got {number}</source>
        <translation>{where} doit être compris entre {minimum} et {maximum}, reçu {number}</translation>
    </message>
    <message>
        <source>{where} must be odd, got {number}</source>
        <translation>{where} doit être impair, reçu {number}</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Whole numbers up to this are written out in full; larger ones as 1e+15.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>preset {name} has no parameter {name2} (parameters: {hint})</source>
        <translation>le préréglage {name} n’a pas de paramètre {name2} (paramètres&#xa0;: {hint})</translation>
    </message>
    <message>
        <source>unknown preset {name}; did you mean {close}? (presets: {presets})</source>
        <translation>préréglage inconnu {name}&#xa0;; vouliez-vous dire {close}&#xa0;? (préréglages&#xa0;: {presets})</translation>
    </message>
    <message>
        <source>unknown preset {name} (presets: {presets})</source>
        <translation>préréglage inconnu {name} (préréglages&#xa0;: {presets})</translation>
    </message>
    <message>
        <source>{preset_name}: write parameters as name=value, got {item}</source>
        <translation>{preset_name}&#xa0;: écrivez les paramètres sous la forme nom=valeur, reçu {item}</translation>
    </message>
    <message>
        <source>{preset_name}: parameter {key} is given twice</source>
        <translation>{preset_name}&#xa0;: le paramètre {key} est donné deux fois</translation>
    </message>
    <message>
        <source>{where} must be an object with keys such as &apos;kernel&apos; or &apos;preset&apos;</source>
        <translation>{where} doit être un objet avec des clés comme &apos;kernel&apos; ou &apos;preset&apos;</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}; did you mean {close}?</source>
        <translation>{where}&#xa0;: clé inconnue {key}&#xa0;; vouliez-vous dire {close}&#xa0;?</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}</source>
        <translation>{where}&#xa0;: clé inconnue {key}</translation>
    </message>
    <message>
        <source>{where} needs a &apos;kernel&apos; or a &apos;preset&apos;</source>
        <translation>{where} a besoin d’un &apos;kernel&apos; ou d’un &apos;preset&apos;</translation>
    </message>
    <message>
        <source>{where}: preset must be a name such as &apos;sharpen&apos;, got {preset}</source>
        <translation>{where}&#xa0;: preset doit être un nom comme &apos;sharpen&apos;, reçu {preset}</translation>
    </message>
    <message>
        <source>{where}: params must be an object such as {{&quot;size&quot;: 5}}</source>
        <translation>{where}&#xa0;: params doit être un objet comme {{&quot;size&quot;: 5}}</translation>
    </message>
    <message>
        <source>{where}: params need a preset</source>
        <translation>{where}&#xa0;: params demande un preset</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>{where}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>a recipe must be a JSON object with a &apos;steps&apos; list</source>
        <translation>une recette doit être un objet JSON avec une liste &apos;steps&apos;</translation>
    </message>
    <message>
        <source>this is not a kernelstudio recipe (format is {data_format})</source>
        <translation>ce n’est pas une recette kernelstudio (format vaut {data_format})</translation>
    </message>
    <message>
        <source>recipe version must be a whole number from 1, got {version}</source>
        <translation>la version de la recette doit être un nombre entier à partir de 1, reçu {version}</translation>
    </message>
    <message>
        <source>this recipe is version {version}, made by a newer kernelstudio; this one reads up to version {recipe_version}</source>
        <translation>cette recette est en version {version}, faite par un kernelstudio plus récent&#xa0;; celui-ci lit jusqu’à la version {recipe_version}</translation>
    </message>
    <message>
        <source>unknown recipe key {unknown_0} (keys: format, version, steps)</source>
        <translation>clé de recette inconnue {unknown_0} (clés&#xa0;: format, version, steps)</translation>
    </message>
    <message>
        <source>a recipe needs a &apos;steps&apos; list</source>
        <translation>une recette a besoin d’une liste &apos;steps&apos;</translation>
    </message>
    <message>
        <source>a recipe holds at most {max_steps} steps, got {steps}</source>
        <translation>une recette contient au plus {max_steps} étapes, reçu {steps}</translation>
    </message>
    <message>
        <source>{name} is not a number a recipe may hold; use finite numbers</source>
        <translation>{name} n’est pas un nombre que peut contenir une recette&#xa0;; utilisez des nombres finis</translation>
    </message>
    <message>
        <source>the recipe is nested too deeply to be a recipe</source>
        <translation>la recette est imbriquée trop profondément pour être une recette</translation>
    </message>
    <message>
        <source>cannot read recipe {name}: {exc}</source>
        <translation>impossible de lire la recette {name}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB; not a recipe</source>
        <translation>{name} dépasse {megabytes} Mo&#xa0;; ce n’est pas une recette</translation>
    </message>
    <message>
        <source>{name} is not a text file; recipes are UTF-8 JSON</source>
        <translation>{name} n’est pas un fichier texte&#xa0;; les recettes sont du JSON en UTF-8</translation>
    </message>
    <message>
        <source>cannot save recipe {path}: {exc}</source>
        <translation>impossible d’enregistrer la recette {path}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>cannot write {path}: kernelstudio reads HEIC photos but does not write them; end the name with {written}</source>
        <extracomment>JPEG, WebP and AVIF quality of the window&apos;s exports and the command line&apos;s outputs. The formats that take a quality. libaom&apos;s speed for AVIF (0 slowest to 10): 8 encodes a 12-megapixel photo in about 5 s on two cores where Pillow&apos;s default 6 takes 15 to 20 s, for files 20% larger and the same error at quality 95. File extensions kernelstudio reads and writes, and the format each one means. File extensions of formats kernelstudio reads but does not write. The extensions an output&apos;s name can end with, as messages list them. The largest width or height each format can store (libjpeg&apos;s and libwebp&apos;s limits; for AVIF, the largest libavif reads back by default).</extracomment>
        <translation>impossible d’écrire {path}&#xa0;: kernelstudio lit les photos HEIC mais ne les écrit pas&#xa0;; terminez le nom par {written}</translation>
    </message>
    <message>
        <source>cannot tell the format of {path} ({shown}); end the name with {written}</source>
        <translation>impossible de déterminer le format de {path} ({shown})&#xa0;; terminez le nom par {written}</translation>
    </message>
    <message>
        <source>cannot write {name}: the folder {folder} does not exist</source>
        <translation>impossible d’écrire {name}&#xa0;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>cannot write {name}: {kind} holds at most {largest}×{largest} pixels and the image is {cols}×{rows}; choose .png or .tif</source>
        <translation>impossible d’écrire {name}&#xa0;: {kind} contient au plus {largest}×{largest} pixels et l’image fait {cols}×{rows}&#xa0;; choisissez .png ou .tif</translation>
    </message>
    <message>
        <source>quality must be a whole number from 1 to 100, got {quality}</source>
        <translation>la qualité doit être un nombre entier de 1 à 100, reçu {quality}</translation>
    </message>
    <message>
        <source>cannot write {name}: {exc}</source>
        <translation>impossible d’écrire {name}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>cannot write {name} as {kind}: {exc}</source>
        <translation>impossible d’écrire {name} en {kind}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>the kernel does not match preset {preset_name} with these parameters; drop the preset or the kernel</source>
        <translation>le noyau ne correspond pas au préréglage {preset_name} avec ces paramètres&#xa0;; retirez le préréglage ou le noyau</translation>
    </message>
    <message>
        <source>a step needs a kernel or a preset</source>
        <translation>une étape a besoin d’un noyau ou d’un préréglage</translation>
    </message>
    <message>
        <source>params only make sense together with a preset</source>
        <translation>params n’a de sens qu’avec un préréglage</translation>
    </message>
    <message>
        <source>divisor must not be 0 (or closer to 0 than {value:g})</source>
        <translation>le diviseur ne doit pas valoir 0 (ni être plus proche de 0 que {value:g})</translation>
    </message>
    <message>
        <source>name must be text, got {name}</source>
        <translation>name doit être du texte, reçu {name}</translation>
    </message>
    <message>
        <source>dividing the weights by {by} makes them too large; {fix}</source>
        <translation>diviser les poids par {by} les rend trop grands&#xa0;; {fix}</translation>
    </message>
    <message>
        <source>a {kind} step has one divisor per channel; ask for its divisors</source>
        <extracomment>Most steps a stack holds: far beyond any look, and few enough that a stack (a recipe, a session) is always read, shown and filtered in bounded time. What `_shared` says of each value a step of another kind has one of per channel.</extracomment>
        <translation>une étape {kind} a un diviseur par canal&#xa0;; demandez ses diviseurs</translation>
    </message>
    <message>
        <source>a {kind} step has one offset per channel; ask for its offsets</source>
        <translation>une étape {kind} a un décalage par canal&#xa0;; demandez ses décalages</translation>
    </message>
    <message>
        <source>a kernel is shared, per-channel or cross-channel, not {kind}</source>
        <translation>un noyau est shared, per-channel ou cross-channel, pas {kind}</translation>
    </message>
    <message>
        <source>the kernel mixes channels (an output channel takes weight from another input channel), so it cannot be made {value}; set the grids between different channels to 0 first</source>
        <translation>le noyau mélange les canaux (un canal de sortie prend du poids d’un autre canal d’entrée), il ne peut donc pas être rendu {value}&#xa0;; mettez d’abord à 0 les grilles entre canaux différents</translation>
    </message>
    <message>
        <source>the channels have different grids, so one shared kernel cannot stand for them; make them equal first</source>
        <translation>les canaux ont des grilles différentes, donc un seul noyau commun ne peut pas les représenter&#xa0;; rendez-les d’abord égales</translation>
    </message>
    <message>
        <source>the channels have different offsets, so one shared kernel cannot stand for them; give them the same offset first</source>
        <translation>les canaux ont des décalages différents, donc un seul noyau commun ne peut pas les représenter&#xa0;; donnez-leur d’abord le même décalage</translation>
    </message>
    <message>
        <source>a slice of a cross-channel kernel is named by its output and its input channel</source>
        <translation>une tranche d’un noyau entre canaux se désigne par son canal de sortie et son canal d’entrée</translation>
    </message>
    <message>
        <source>border &apos;valid&apos; takes {last_row} rows and {last_col} columns a pass: {iterations} iterations need an image of at least {need_0}×{need_1}; the image is {image_rows}×{image_cols}</source>
        <translation>la bordure &apos;valid&apos; retire {last_row} lignes et {last_col} colonnes par passe&#xa0;: {iterations} itérations demandent une image d’au moins {need_0}×{need_1}&#xa0;; l’image fait {image_rows}×{image_cols}</translation>
    </message>
    <message>
        <source>one offset per channel needs a kernel per channel (C × rows × columns); this kernel is shared, so give one number, not {offset}</source>
        <extracomment>The fields of `Step` that are its options (every field but the kernel, preset, params, enabled and name), in recipe order. Their metadata holds the command line&apos;s ``help`` and ``cli_order``, and where needed its ``flag``, ``metavar`` and ``choices``.</extracomment>
        <translation>un décalage par canal demande un noyau par canal (C × lignes × colonnes)&#xa0;; ce noyau est commun, donnez donc un seul nombre, pas {offset}</translation>
    </message>
    <message>
        <source>the kernel has {slices} channel slices, so give one offset or {slices}, not {offset}</source>
        <translation>le noyau a {slices} tranches de canal, donnez donc un décalage ou {slices}, pas {offset}</translation>
    </message>
    <message>
        <source>a stack holds at most {max_steps} steps, got {steps}</source>
        <translation>une pile contient au plus {max_steps} étapes, reçu {steps}</translation>
    </message>
    <message>
        <source>a stack holds steps, got {name}</source>
        <translation>une pile contient des étapes, reçu {name}</translation>
    </message>
    <message>
        <source>there is no step {index} in a stack of {steps}</source>
        <translation>il n’y a pas d’étape {index} dans une pile de {steps}</translation>
    </message>
    <message>
        <source>channels must be text such as &apos;color&apos;, &apos;all&apos; or &apos;rb&apos;, got {channels}</source>
        <extracomment>Named channel selections; any combination of the letters r, g, b and a works too. Most times one step may be repeated (ImageMagick&apos;s ``Convolve:N``).</extracomment>
        <translation>channels doit être un texte comme &apos;color&apos;, &apos;all&apos; ou &apos;rb&apos;, reçu {channels}</translation>
    </message>
    <message>
        <source>channels must be &apos;color&apos;, &apos;all&apos; or letters from r, g, b, a (such as &apos;rb&apos;), got {channels}</source>
        <translation>channels doit être &apos;color&apos;, &apos;all&apos; ou des lettres parmi r, g, b, a (comme &apos;rb&apos;), reçu {channels}</translation>
    </message>
    <message>
        <source>{name} must be between {low:g} and {high:g}, got {number:g}</source>
        <translation>{name} doit être compris entre {low:g} et {high:g}, reçu {number:g}</translation>
    </message>
    <message>
        <source>normalize must be true, false or &quot;gimp&quot;, got {value}</source>
        <translation>normalize doit être true, false ou &quot;gimp&quot;, reçu {value}</translation>
    </message>
    <message>
        <source>iterations must be between 1 and {max_iterations}, got {count}</source>
        <translation>iterations doit être compris entre 1 et {max_iterations}, reçu {count}</translation>
    </message>
    <message>
        <source>anchor must be a (row, column) pair such as [1, 1], got {anchor}</source>
        <translation>anchor doit être une paire (ligne, colonne) comme [1, 1], reçu {anchor}</translation>
    </message>
    <message>
        <source>anchor ({row}, {col}) lies outside the {rows}×{cols} kernel (rows 0 to {last_row}, columns 0 to {last_col})</source>
        <translation>l’ancre ({row}, {col}) est en dehors du noyau {rows}×{cols} (lignes 0 à {last_row}, colonnes 0 à {last_col})</translation>
    </message>
    <message>
        <source>an anchor is ROW,COL such as 1,1, got {text}</source>
        <translation>une ancre s’écrit LIGNE,COLONNE comme 1,1, reçu {text}</translation>
    </message>
    <message>
        <source>an anchor&apos;s row and column are whole numbers, got {text}</source>
        <translation>la ligne et la colonne d’une ancre sont des nombres entiers, reçu {text}</translation>
    </message>
    <message>
        <source>an offset is a number such as 10, or one per channel such as 10,0,-5, got {text}</source>
        <translation>un décalage est un nombre comme 10, ou un par canal comme 10,0,-5, reçu {text}</translation>
    </message>
    <message>
        <source>{name} must be true or false, got {value}</source>
        <translation>{name} doit être true ou false, reçu {value}</translation>
    </message>
    <message>
        <source>momentum must be a number from 0 to just below 1, got {momentum!r}</source>
        <extracomment>Most updates one call of `Trainer.step` runs.</extracomment>
        <translation>momentum doit être un nombre de 0 à juste moins de 1, reçu {momentum!r}</translation>
    </message>
    <message>
        <source>count must be from 1 to {max_updates}, got {count}</source>
        <extracomment>weights = transform @ standardised weights, per system</extracomment>
        <translation>count doit être de 1 à {max_updates}, reçu {count}</translation>
    </message>
    <message>
        <source>the learning rate must be a number above 0, got {rate!r}</source>
        <translation>le taux d’apprentissage doit être un nombre supérieur à 0, reçu {rate!r}</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <extracomment>Where the old contents of a file that could not be read go when the store is next written. How many of the user&apos;s presets (or problems with them) a message lists by name. A presets file larger than this is not one the window wrote.</extracomment>
        <translation>un préréglage a besoin d’un nom</translation>
    </message>
    <message>
        <source>a preset name may have at most {max_preset_name} characters</source>
        <translation>un nom de préréglage a au plus {max_preset_name} caractères</translation>
    </message>
    <message>
        <source>{name!r} is the name of a built-in preset; choose another name</source>
        <translation>{name!r} est le nom d’un préréglage intégré&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{path} is larger than {megabytes} MB; its presets were left out</source>
        <translation>{path} dépasse {megabytes} Mo&#xa0;; ses préréglages ont été ignorés</translation>
    </message>
    <message>
        <source>cannot read {path}: not UTF-8 text</source>
        <translation>impossible de lire {path}&#xa0;: ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a number a presets file may hold; use finite numbers</source>
        <translation>{name} n’est pas un nombre que peut contenir un fichier de préréglages&#xa0;; utilisez des nombres finis</translation>
    </message>
    <message>
        <source>the presets file is nested too deeply to be a presets file</source>
        <translation>le fichier de préréglages est imbriqué trop profondément pour être un fichier de préréglages</translation>
    </message>
    <message>
        <source>{path} is damaged ({exc}); its presets were left out</source>
        <translation>{path} est endommagé ({exc})&#xa0;; ses préréglages ont été ignorés</translation>
    </message>
    <message>
        <source>{path} holds no list of presets; they were left out</source>
        <translation>{path} ne contient pas de liste de préréglages&#xa0;; ils ont été ignorés</translation>
    </message>
    <message>
        <source>cannot save the presets in {path}: {exc}</source>
        <translation>impossible d’enregistrer les préréglages dans {path}&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>expected a name and a kernel, got {entry}</source>
        <translation>un nom et un noyau étaient attendus, reçu {entry}</translation>
    </message>
    <message>
        <source>{name} is there twice; the first was kept</source>
        <translation>{name} est présent deux fois&#xa0;; le premier a été gardé</translation>
    </message>
    <message>
        <source>a saved preset was left out: {exc}</source>
        <translation>un préréglage enregistré a été ignoré&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>{count} more saved presets were left out</source>
        <translation>{count} autres préréglages enregistrés ont été ignorés</translation>
    </message>
    <message>
        <source>{found!r} is your own preset, a fixed kernel; it takes no parameters, got {rest}</source>
        <translation>{found!r} est votre propre préréglage, un noyau fixe&#xa0;; il ne prend pas de paramètres, reçu {rest}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <source>unknown preset {name}; did you mean {close}? (presets: {presets}; yours: {yours}; &apos;kernelstudio presets&apos; lists them)</source>
        <translation>préréglage inconnu {name}&#xa0;; vouliez-vous dire {close}&#xa0;? (préréglages&#xa0;: {presets}&#xa0;; les vôtres&#xa0;: {yours}&#xa0;; «&#xa0;kernelstudio presets&#xa0;» les liste)</translation>
    </message>
    <message>
        <source>unknown preset {name} (presets: {presets}; yours: {yours}; &apos;kernelstudio presets&apos; lists them)</source>
        <translation>préréglage inconnu {name} (préréglages&#xa0;: {presets}&#xa0;; les vôtres&#xa0;: {yours}&#xa0;; «&#xa0;kernelstudio presets&#xa0;» les liste)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
</context>
<context>
    <name>insight</name>
    <message>
        <source>flat areas go to 0 (black): responds to edges only</source>
        <translation>les zones unies vont à 0 (noir)&#xa0;: ne répond qu’aux contours</translation>
    </message>
    <message>
        <source>keeps brightness</source>
        <translation>conserve la luminosité</translation>
    </message>
    <message>
        <source>inverts brightness: flat areas × {gain}</source>
        <translation>inverse la luminosité&#xa0;: zones unies × {gain}</translation>
    </message>
    <message>
        <source>brightens by {percent}%</source>
        <translation>éclaircit de {percent} %</translation>
    </message>
    <message>
        <source>darkens by {percent}%</source>
        <translation>assombrit de {percent} %</translation>
    </message>
    <message>
        <source>{count} pixel up</source>
        <translation>{count} pixel vers le haut</translation>
    </message>
    <message>
        <source>{count} pixel down</source>
        <translation>{count} pixel vers le bas</translation>
    </message>
    <message>
        <source>{count} pixel left</source>
        <translation>{count} pixel vers la gauche</translation>
    </message>
    <message>
        <source>{count} pixel right</source>
        <translation>{count} pixel vers la droite</translation>
    </message>
    <message>
        <source>{count} pixels up</source>
        <translation>{count} pixels vers le haut</translation>
    </message>
    <message>
        <source>{count} pixels down</source>
        <translation>{count} pixels vers le bas</translation>
    </message>
    <message>
        <source>{count} pixels left</source>
        <translation>{count} pixels vers la gauche</translation>
    </message>
    <message>
        <source>{count} pixels right</source>
        <translation>{count} pixels vers la droite</translation>
    </message>
    <message>
        <source>Blank: every pixel becomes 0 (black)</source>
        <translation>Vide&#xa0;: chaque pixel devient 0 (noir)</translation>
    </message>
    <message>
        <source>Identity: every pixel stays as it is</source>
        <translation>Identité&#xa0;: chaque pixel reste tel quel</translation>
    </message>
    <message>
        <source>Scales every pixel by {weight}</source>
        <translation>Multiplie chaque pixel par {weight}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Shifts the photo by {moves}</source>
        <translation>Décale la photo de {moves}</translation>
    </message>
    <message>
        <source>Shifts the photo by {moves}, scaled by {weight}</source>
        <translation>Décale la photo de {moves}, multipliée par {weight}</translation>
    </message>
    <message>
        <source>Box blur: the plain average of a {rows}×{cols} square</source>
        <translation>Flou uniforme&#xa0;: la simple moyenne d’un carré {rows}×{cols}</translation>
    </message>
    <message>
        <source>Box blur: the plain average of a {rows}×{cols} rectangle</source>
        <translation>Flou uniforme&#xa0;: la simple moyenne d’un rectangle {rows}×{cols}</translation>
    </message>
    <message>
        <source>Blur (low-pass): a weighted average of the neighbourhood</source>
        <translation>Flou (passe-bas)&#xa0;: une moyenne pondérée du voisinage</translation>
    </message>
    <message>
        <source>Inverted blur: minus a weighted average of the neighbourhood</source>
        <translation>Flou inversé&#xa0;: moins une moyenne pondérée du voisinage</translation>
    </message>
    <message>
        <source>Edge detector for horizontal edges (brightness changing from top to bottom)</source>
        <translation>Détecteur de contours horizontaux (luminosité qui change de haut en bas)</translation>
    </message>
    <message>
        <source>Edge detector for vertical edges (brightness changing from left to right)</source>
        <translation>Détecteur de contours verticaux (luminosité qui change de gauche à droite)</translation>
    </message>
    <message>
        <source>Edge detector for diagonal edges</source>
        <translation>Détecteur de contours diagonaux</translation>
    </message>
    <message>
        <source>Laplacian-like edge detector: outlines edges in every direction</source>
        <translation>Détecteur de contours de type laplacien&#xa0;: souligne les contours dans toutes les directions</translation>
    </message>
    <message>
        <source>Edge detector (high-pass): flat areas go to 0, changes stand out</source>
        <translation>Détecteur de contours (passe-haut)&#xa0;: les zones unies vont à 0, les changements ressortent</translation>
    </message>
    <message>
        <source>Emboss: a directional edge added to the photo, so edges look raised</source>
        <translation>Repoussage&#xa0;: un contour orienté ajouté à la photo, pour que les contours paraissent en relief</translation>
    </message>
    <message>
        <source>Sharpen (high-boost): the photo plus its edges</source>
        <translation>Netteté (high-boost)&#xa0;: la photo plus ses contours</translation>
    </message>
    <message>
        <source>Custom: a mix of positive and negative weights</source>
        <translation>Personnalisé&#xa0;: un mélange de poids positifs et négatifs</translation>
    </message>
    <message>
        <source>mirror left-right</source>
        <translation>miroir gauche-droite</translation>
    </message>
    <message>
        <source>mirror top-bottom</source>
        <translation>miroir haut-bas</translation>
    </message>
    <message>
        <source>180° rotation</source>
        <translation>rotation de 180°</translation>
    </message>
    <message>
        <source>transpose</source>
        <translation>transposition</translation>
    </message>
    <message>
        <source>read as one row of {cols} values (1×{cols}); for a {side}×{side} kernel separate the rows with &apos;;&apos;, as in &quot;{example}&quot;</source>
        <extracomment>Square sizes whose weights, written on one row, are most likely a square with the row breaks forgotten: 3×3, 5×5 and 7×7.</extracomment>
        <translation>lu comme une seule ligne de {cols} valeurs (1×{cols})&#xa0;; pour un noyau {side}×{side}, séparez les lignes par &apos;;&apos;, comme dans &quot;{example}&quot;</translation>
    </message>
</context>
<context>
    <name>kernels</name>
    <message>
        <source>shared</source>
        <extracomment>Largest kernel side accepted anywhere (the window, recipes, the command line, the API). Largest weight magnitude; keeps every sum finite in float32 for any image and kernel size. Most channels a per-channel or cross-channel kernel has a slice for: RGBA and beyond. The kinds of kernel a step has, by the number of its dimensions (2, 3 and 4). Each kind as people say it: &quot;a kernel per channel&quot; (English; translated where shown).</extracomment>
        <translation>commun</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>par canal</translation>
    </message>
    <message>
        <source>across channels</source>
        <translation>entre canaux</translation>
    </message>
</context>
<context>
    <name>learn</name>
    <message>
        <source> from each of {count} channels</source>
        <translation> depuis chacun des {count} canaux</translation>
    </message>
    <message>
        <source>∞ dB (exact)</source>
        <translation>∞ dB (exact)</translation>
    </message>
    <message>
        <source>{psnr:.1f} dB</source>
        <translation>{psnr:.1f} dB</translation>
    </message>
    <message>
        <source>PSNR {decibels}, RMSE {rmse:.2f} levels, R² {r2:.4f}</source>
        <translation>PSNR {decibels}, RMSE {rmse:.2f} niveaux, R² {r2:.4f}</translation>
    </message>
    <message>
        <source>after is clipped (0 or full scale) almost everywhere, which hides what a kernel made: {pixels:.0f} pixels are left to learn {unknowns} numbers from: R² {r2:.4f}</source>
        <extracomment>A fit leaving at most this RMSE (8-bit levels) needs no warning: rounding to 8 bits leaves about 0.3. Residuals whose neighbours correlate less than this are noise, not structure. A curve explaining this share of after&apos;s variance makes the effect a tone change. A phase-correlation peak above this is a shift of the whole picture. The side of the middle crop the extra fits and the alignment check look at. Another fit is &quot;better&quot; when it leaves at most this share of the error.</extracomment>
        <translation>après est écrêté (0 ou pleine échelle) presque partout, ce qui cache ce qu’a fait un noyau&#xa0;: il reste {pixels:.0f} pixels pour apprendre {unknowns} nombres&#xa0;: R² {r2:.4f}</translation>
    </message>
    <message>
        <source>before has too little detail to tell the kernel&apos;s weights apart (it pins down {rank} of the {unknowns} numbers), so this is one kernel of many that fit equally well: R² {r2:.4f}; learn from a photo with more detail, or a smaller size</source>
        <translation>avant a trop peu de détails pour distinguer les poids du noyau (il en fixe {rank} sur {unknowns}), c’est donc un noyau parmi d’autres qui conviennent aussi bien&#xa0;: R² {r2:.4f}&#xa0;; apprenez à partir d’une photo plus détaillée, ou d’une taille plus petite</translation>
    </message>
    <message>
        <source>R² {r2:.4f}, error {rmse:.1f} levels</source>
        <translation>R² {r2:.4f}, erreur {rmse:.1f} niveaux</translation>
    </message>
    <message>
        <source>{shift}, so no kernel of this size maps one to the other: {figures}</source>
        <translation>{shift}, donc aucun noyau de cette taille ne fait passer de l’une à l’autre&#xa0;: {figures}</translation>
    </message>
    <message>
        <source>the kernel fits inside the picture (error {inside:.1f} levels) but not near its edges: after was made with another border than {border}, or the two were cropped differently: {figures}</source>
        <translation>le noyau convient à l’intérieur de l’image (erreur {inside:.1f} niveaux) mais pas près des bords&#xa0;: après a été fait avec une autre bordure que {border}, ou les deux ont été recadrées différemment&#xa0;: {figures}</translation>
    </message>
    <message>
        <source>this looks like a tone change (a curve applied to every value), not a kernel: R² {r2:.4f} for the kernel, {tone:.4f} for a curve; use Curves or Levels in a photo editor instead</source>
        <translation>cela ressemble à un changement de tons (une courbe appliquée à chaque valeur), pas à un noyau&#xa0;: R² {r2:.4f} pour le noyau, {tone:.4f} pour une courbe&#xa0;; utilisez plutôt Courbes ou Niveaux dans un éditeur photo</translation>
    </message>
    <message>
        <source>{better}: {figures}</source>
        <translation>{better}&#xa0;: {figures}</translation>
    </message>
    <message>
        <source>after looks unrelated to before: {figures}</source>
        <translation>après semble sans rapport avec avant&#xa0;: {figures}</translation>
    </message>
    <message>
        <source>after holds random noise that no kernel makes ({rmse:.1f} levels); the kernel is the best fit without it: R² {r2:.4f}</source>
        <translation>après contient un bruit aléatoire qu’aucun noyau ne produit ({rmse:.1f} niveaux)&#xa0;; le noyau est le meilleur ajustement sans lui&#xa0;: R² {r2:.4f}</translation>
    </message>
    <message>
        <source>the error left follows the picture&apos;s detail, so after looks made by a median-like or other non-linear filter (or saved with lossy compression), not by a kernel alone: {figures}</source>
        <translation>l’erreur restante suit les détails de l’image, donc après semble produit par un filtre médian ou un autre filtre non linéaire (ou enregistré avec une compression avec pertes), pas par un noyau seul&#xa0;: {figures}</translation>
    </message>
    <message>
        <source>the images do not line up: after is moved {rows} rows and {cols} columns against before</source>
        <translation>les images ne sont pas alignées&#xa0;: après est décalé de {rows} lignes et {cols} colonnes par rapport à avant</translation>
    </message>
    <message>
        <source>the images do not line up: parts of after are moved differently against before ({fewest_rows} to {most_rows} rows, {fewest_cols} to {most_cols} columns), as by a resize, turn or warp</source>
        <translation>les images ne sont pas alignées&#xa0;: des parties d’après sont décalées différemment par rapport à avant ({fewest_rows} à {most_rows} lignes, {fewest_cols} à {most_cols} colonnes), comme par un redimensionnement, une rotation ou une déformation</translation>
    </message>
    <message>
        <source>after mixes the colour channels, which this mode cannot: mode cross-channel fits it better</source>
        <translation>après mélange les canaux de couleur, ce que ce mode ne peut pas faire&#xa0;: le mode entre canaux l’ajuste mieux</translation>
    </message>
    <message>
        <source>a larger kernel fits clearly better: try size {rows}×{cols} or more</source>
        <translation>un noyau plus grand convient nettement mieux&#xa0;: essayez la taille {rows}×{cols} ou plus</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>{name}: only the first {max_frames} of {count} frames were written</source>
        <extracomment>Output formats that hold several frames: animated PNG, WebP and AVIF, multi-page TIFF. The most frames a photo is read with: 40 s of a 25-frame-a-second animation, more pages than a scanned document has. Pillow&apos;s TIFF writer takes time that grows as the square of the pages (1000 pages in 1.5 s, 2000 in 4.5 s): the limit keeps any save short. The longest WebP frame, in milliseconds: its duration has 24 bits. The longest WebP animation, in milliseconds: libwebp&apos;s timestamps are C ints. Milliseconds each frame is shown, the first frame&apos;s first. Times the animation plays; 0 is forever.</extracomment>
        <translation>{name}&#xa0;: seules les {max_frames} premières images sur {count} ont été écrites</translation>
    </message>
    <message>
        <source>{name} holds one frame; only the first of {count} was written</source>
        <translation>{name} ne contient qu’une image&#xa0;; seule la première sur {count} a été écrite</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; CMYK photos are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} a 16 bits par canal&#xa0;; les photos CMJN sont modifiées et exportées en 8 bits, la précision supplémentaire est donc perdue</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; animated PNGs are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} a 16 bits par canal&#xa0;; les PNG animés sont modifiés et exportés en 8 bits, la précision supplémentaire est donc perdue</translation>
    </message>
    <message>
        <source>{name} has 16 bits per channel; TIFFs compressed as {compression} are edited and exported at 8 bits, so the extra precision is lost</source>
        <translation>{name} a 16 bits par canal&#xa0;; les TIFF compressés en {compression} sont modifiés et exportés en 8 bits, la précision supplémentaire est donc perdue</translation>
    </message>
    <message>
        <source>{name} is CMYK; it is shown, filtered and exported as RGB</source>
        <translation>{name} est en CMJN&#xa0;; l’image est affichée, filtrée et exportée en RVB</translation>
    </message>
    <message>
        <source>{name} has more than {max_frames} frames; only the first {max_frames} are edited and written</source>
        <translation>{name} a plus de {max_frames} images&#xa0;; seules les {max_frames} premières sont modifiées et écrites</translation>
    </message>
    <message>
        <source>{name}: {kind} could not hold this photo&apos;s camera settings and GPS (EXIF sub-blocks); they were left out</source>
        <translation>{name}&#xa0;: {kind} ne peut pas contenir les réglages de l’appareil et le GPS de cette photo (sous-blocs EXIF)&#xa0;; ils ont été omis</translation>
    </message>
    <message>
        <source>{name}: an animated PNG is written at 8 bits per channel; the 16-bit values were rounded to the nearest of 256 levels</source>
        <translation>{name}&#xa0;: un PNG animé s’écrit en 8 bits par canal&#xa0;; les valeurs 16 bits ont été arrondies au plus proche des 256 niveaux</translation>
    </message>
    <message>
        <source>{name}: {kind} holds 8 bits per channel; the 16-bit values were rounded to the nearest of 256 levels</source>
        <translation>{name}&#xa0;: le {kind} contient 8 bits par canal&#xa0;; les valeurs 16 bits ont été arrondies au plus proche des 256 niveaux</translation>
    </message>
    <message>
        <source>{name}: {kind} could not hold this photo&apos;s EXIF data; it was written without it</source>
        <translation>{name}&#xa0;: {kind} ne peut pas contenir les données EXIF de cette photo&#xa0;; le fichier a été écrit sans elles</translation>
    </message>
    <message>
        <source>{name}: the pages differ in size or kind, which an animated {kind} cannot hold; only the first of {frames} was written</source>
        <translation>{name}&#xa0;: les pages diffèrent en taille ou en type, ce qu’un {kind} animé ne peut pas contenir&#xa0;; seule la première sur {frames} a été écrite</translation>
    </message>
    <message>
        <source>{name}: the EXIF data given is damaged; it was written without it</source>
        <translation>{name}&#xa0;: les données EXIF fournies sont endommagées&#xa0;; le fichier a été écrit sans elles</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Blur</source>
        <extracomment>The families presets are filed under, in the order the window shows them. Titles, docs, sources, families and parameter docs are English (context &quot;presets&quot;), translated where shown.</extracomment>
        <translation>Flou</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Contours</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effets</translation>
    </message>
    <message>
        <source>odd</source>
        <translation>impair</translation>
    </message>
    <message>
        <source>side of the kernel in pixels</source>
        <translation>côté du noyau en pixels</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>sigma</source>
        <translation>sigma</translation>
    </message>
    <message>
        <source>spread in pixels; 0 picks it from the size</source>
        <translation>étalement en pixels&#xa0;; 0 le déduit de la taille</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>the side that must be brighter for a positive response</source>
        <translation>le côté qui doit être plus clair pour une réponse positive</translation>
    </message>
    <message>
        <source>setosa.io Image Kernels</source>
        <translation>setosa.io Image Kernels</translation>
    </message>
    <message>
        <source>centre weight</source>
        <translation>poids du centre</translation>
    </message>
    <message>
        <source>weight of the four neighbours</source>
        <translation>poids des quatre voisins</translation>
    </message>
    <message>
        <source>A small 3×3 weighted average.</source>
        <translation>Une petite moyenne pondérée 3×3.</translation>
    </message>
    <message>
        <source>inner</source>
        <translation>intérieur</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>côté</translation>
    </message>
    <message>
        <source>corner</source>
        <translation>coin</translation>
    </message>
    <message>
        <source>weight of the four corners</source>
        <translation>poids des quatre coins</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Flou uniforme</translation>
    </message>
    <message>
        <source>The plain average of a square.</source>
        <translation>La simple moyenne d’un carré.</translation>
    </message>
    <message>
        <source>OpenCV blur (normalised box filter)</source>
        <translation>OpenCV blur (filtre moyenneur normalisé)</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>Flou gaussien</translation>
    </message>
    <message>
        <source>A smooth blur with OpenCV&apos;s Gaussian.</source>
        <translation>Un flou doux avec le gaussien d’OpenCV.</translation>
    </message>
    <message>
        <source>OpenCV getGaussianKernel</source>
        <translation>OpenCV getGaussianKernel</translation>
    </message>
    <message>
        <source>Binomial</source>
        <translation>Binomial</translation>
    </message>
    <message>
        <source>Pascal&apos;s triangle times itself: a Gaussian in whole numbers.</source>
        <translation>Le triangle de Pascal multiplié par lui-même&#xa0;: un gaussien en nombres entiers.</translation>
    </message>
    <message>
        <source>ImageMagick Binomial</source>
        <translation>ImageMagick Binomial</translation>
    </message>
    <message>
        <source>Lens blur</source>
        <translation>Flou d’objectif</translation>
    </message>
    <message>
        <source>A disk, as an out-of-focus lens blurs; rim cells weigh the part of them inside the circle.</source>
        <translation>Un disque, comme le flou d’un objectif mal mis au point&#xa0;; les cases du bord pèsent la part d’elles qui est dans le cercle.</translation>
    </message>
    <message>
        <source>radius</source>
        <translation>rayon</translation>
    </message>
    <message>
        <source>radius of the disk in pixels</source>
        <translation>rayon du disque en pixels</translation>
    </message>
    <message>
        <source>ImageMagick Disk, with area-weighted rim cells</source>
        <translation>ImageMagick Disk, avec des cases de bord pondérées par leur surface</translation>
    </message>
    <message>
        <source>Motion blur</source>
        <translation>Flou cinétique</translation>
    </message>
    <message>
        <source>Smears along a line, as a moving camera does.</source>
        <translation>Étale le long d’une ligne, comme un appareil en mouvement.</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>length of the smear in pixels</source>
        <translation>longueur du flou en pixels</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>angle</translation>
    </message>
    <message>
        <source>degrees counter-clockwise from horizontal</source>
        <translation>degrés dans le sens antihoraire depuis l’horizontale</translation>
    </message>
    <message>
        <source>kernelstudio (an antialiased line)</source>
        <translation>kernelstudio (une ligne anticrénelée)</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>Lissage</translation>
    </message>
    <message>
        <source>Pillow&apos;s SMOOTH: a centre-weighted 3×3 average (divisor 13).</source>
        <translation>SMOOTH de Pillow&#xa0;: une moyenne 3×3 pondérée au centre (diviseur 13).</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.SMOOTH</source>
        <translation>Pillow ImageFilter.SMOOTH</translation>
    </message>
    <message>
        <source>Smooth more</source>
        <translation>Lissage fort</translation>
    </message>
    <message>
        <source>Pillow&apos;s SMOOTH_MORE: a centre-weighted 5×5 average (divisor 100).</source>
        <translation>SMOOTH_MORE de Pillow&#xa0;: une moyenne 5×5 pondérée au centre (diviseur 100).</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.SMOOTH_MORE</source>
        <translation>Pillow ImageFilter.SMOOTH_MORE</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Leaves the photo as it is (scaled by iden).</source>
        <translation>Laisse la photo telle quelle (multipliée par iden).</translation>
    </message>
    <message>
        <source>iden</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>Boosts each pixel against its four neighbours.</source>
        <translation>Renforce chaque pixel face à ses quatre voisins.</translation>
    </message>
    <message>
        <source>Unsharp mask</source>
        <translation>Masque flou</translation>
    </message>
    <message>
        <source>Adds back the difference from a Gaussian blur.</source>
        <translation>Rajoute la différence avec un flou gaussien.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>how much of the detail to add</source>
        <translation>quantité de détail à ajouter</translation>
    </message>
    <message>
        <source>textbook unsharp mask, with OpenCV&apos;s Gaussian</source>
        <translation>masque flou classique, avec le gaussien d’OpenCV</translation>
    </message>
    <message>
        <source>Edge enhance</source>
        <translation>Accentuer les contours</translation>
    </message>
    <message>
        <source>Pillow&apos;s EDGE_ENHANCE; 9 is EDGE_ENHANCE_MORE.</source>
        <translation>EDGE_ENHANCE de Pillow&#xa0;; 9 donne EDGE_ENHANCE_MORE.</translation>
    </message>
    <message>
        <source>center</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>centre weight (sum is center - 8)</source>
        <translation>poids du centre (la somme vaut center - 8)</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.EDGE_ENHANCE, EDGE_ENHANCE_MORE</source>
        <translation>Pillow ImageFilter.EDGE_ENHANCE, EDGE_ENHANCE_MORE</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Pillow&apos;s DETAIL: a gentle sharpen (divisor 6).</source>
        <translation>DETAIL de Pillow&#xa0;: une netteté douce (diviseur 6).</translation>
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
        <translation>Répond aux contours tournés dans une direction.</translation>
    </message>
    <message>
        <source>weight of the middle taps</source>
        <translation>poids des coefficients du milieu</translation>
    </message>
    <message>
        <source>weight of the corner taps</source>
        <translation>poids des coefficients des coins</translation>
    </message>
    <message>
        <source>OpenCV Sobel (ksize 3); setosa.io Image Kernels</source>
        <translation>OpenCV Sobel (ksize 3)&#xa0;; setosa.io Image Kernels</translation>
    </message>
    <message>
        <source>Prewitt</source>
        <translation>Prewitt</translation>
    </message>
    <message>
        <source>Sobel&apos;s edges with equal weights: flatter, noisier.</source>
        <translation>Les contours de Sobel avec des poids égaux&#xa0;: plus plats, plus bruités.</translation>
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
        <translation>Les contours de Sobel avec des poids qui traitent tous les angles de façon plus égale.</translation>
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
        <translation>Un contour boussole&#xa0;: 5 sur les trois cases tournées vers une direction, -3 sur les autres.</translation>
    </message>
    <message>
        <source>the side or corner that must be brighter for a positive response</source>
        <translation>le côté ou le coin qui doit être plus clair pour une réponse positive</translation>
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
        <translation>Le plus petit détecteur de contours&#xa0;: une différence diagonale 2×2.</translation>
    </message>
    <message>
        <source>the corner that must be brighter for a positive response</source>
        <translation>le coin qui doit être plus clair pour une réponse positive</translation>
    </message>
    <message>
        <source>Roberts cross (1963), as ImageMagick Roberts</source>
        <translation>Roberts cross (1963), comme ImageMagick Roberts</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>Laplacien</translation>
    </message>
    <message>
        <source>-1 around a centre that balances them: edges only. Size 3 is the 8-neighbour Laplacian (square) or the 4-neighbour one (cross).</source>
        <translation>-1 autour d’un centre qui les équilibre&#xa0;: seulement les contours. En taille 3, c’est le laplacien à 8 voisins (square) ou celui à 4 voisins (cross).</translation>
    </message>
    <message>
        <source>form</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>croix</translation>
    </message>
    <message>
        <source>square: -1 on every other cell; cross: on the middle row and column</source>
        <translation>square&#xa0;: -1 sur toutes les autres cases&#xa0;; cross&#xa0;: sur la ligne et la colonne du milieu</translation>
    </message>
    <message>
        <source>ImageMagick Laplacian:0 (square) and :1 (cross), at size 3</source>
        <translation>ImageMagick Laplacian:0 (square) et&#xa0;:1 (cross), en taille 3</translation>
    </message>
    <message>
        <source>LoG</source>
        <translation>LoG</translation>
    </message>
    <message>
        <source>Laplacian of Gaussian: edges at one scale, as a Mexican hat; positive weights sum to 1, negative to -1.</source>
        <translation>Laplacien de gaussienne&#xa0;: les contours à une échelle, en chapeau mexicain&#xa0;; les poids positifs font 1 au total, les négatifs -1.</translation>
    </message>
    <message>
        <source>spread of the Gaussian in pixels; the kernel holds both signs only while sigma &lt; (size − 1) / 2, and blurs beyond</source>
        <translation>étalement de la gaussienne en pixels&#xa0;; le noyau n’a les deux signes que tant que sigma &lt; (size − 1) / 2, et floute au-delà</translation>
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
        <translation>Différence de gaussiennes&#xa0;: le flou à sigma1 moins celui à sigma2&#xa0;; les poids positifs font 1 au total, les négatifs -1.</translation>
    </message>
    <message>
        <source>spread of the positive Gaussian in pixels</source>
        <translation>étalement de la gaussienne positive en pixels</translation>
    </message>
    <message>
        <source>sigma1</source>
        <translation>sigma1</translation>
    </message>
    <message>
        <source>spread of the negative Gaussian in pixels</source>
        <translation>étalement de la gaussienne négative en pixels</translation>
    </message>
    <message>
        <source>sigma2</source>
        <translation>sigma2</translation>
    </message>
    <message>
        <source>ImageMagick DoG, with OpenCV&apos;s Gaussians</source>
        <translation>ImageMagick DoG, avec les gaussiennes d’OpenCV</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Highlights large differences between neighbours.</source>
        <translation>Fait ressortir les grandes différences entre voisins.</translation>
    </message>
    <message>
        <source>outer</source>
        <translation>extérieur</translation>
    </message>
    <message>
        <source>weight of the eight neighbours</source>
        <translation>poids des huit voisins</translation>
    </message>
    <message>
        <source>Find edges</source>
        <translation>Trouver les contours</translation>
    </message>
    <message>
        <source>Pillow&apos;s FIND_EDGES: bright lines on black where the photo has edges.</source>
        <translation>FIND_EDGES de Pillow&#xa0;: des lignes claires sur du noir là où la photo a des contours.</translation>
    </message>
    <message>
        <source>Pillow ImageFilter.FIND_EDGES</source>
        <translation>Pillow ImageFilter.FIND_EDGES</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>Repoussage</translation>
    </message>
    <message>
        <source>Makes edges look raised, lit from the top left.</source>
        <translation>Fait paraître les contours en relief, éclairés depuis le haut à gauche.</translation>
    </message>
    <message>
        <source>diag</source>
        <translation>diagonale</translation>
    </message>
    <message>
        <source>weight of the diagonal corners</source>
        <translation>poids des coins diagonaux</translation>
    </message>
    <message>
        <source>weight of the centre and its neighbours</source>
        <translation>poids du centre et de ses voisins</translation>
    </message>
    <message>
        <source>Contour</source>
        <translation>Lignes de contour</translation>
    </message>
    <message>
        <source>Pillow&apos;s CONTOUR: dark lines on white where the photo has edges (offset 255).</source>
        <translation>CONTOUR de Pillow&#xa0;: des lignes sombres sur du blanc là où la photo a des contours (décalage 255).</translation>
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
        <translation>Des rayures sous une gaussienne&#xa0;: répond à la texture selon un angle et un espacement, comme la première couche d’un CNN.</translation>
    </message>
    <message>
        <source>spread of the Gaussian in pixels</source>
        <translation>étalement de la gaussienne en pixels</translation>
    </message>
    <message>
        <source>degrees, as OpenCV&apos;s theta: 0 upright stripes, 90 level ones, turning clockwise</source>
        <translation>degrés, comme le theta d’OpenCV&#xa0;: 0 pour des rayures verticales, 90 pour des horizontales, en tournant dans le sens horaire</translation>
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
        <translation>longueur d’onde des rayures en pixels</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <source>aspect: below 1 the stripes are longer than the Gaussian is wide</source>
        <translation>aspect&#xa0;: en dessous de 1, les rayures sont plus longues que la gaussienne n’est large</translation>
    </message>
    <message>
        <source>phase in degrees: 0 a bright centre stripe, 90 an edge</source>
        <translation>phase en degrés&#xa0;: 0 une rayure claire au centre, 90 un contour</translation>
    </message>
    <message>
        <source>psi</source>
        <translation>psi</translation>
    </message>
    <message>
        <source>OpenCV getGaborKernel (theta and psi in degrees)</source>
        <translation>OpenCV getGaborKernel (theta et psi en degrés)</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>The four sides, in the order the Sobel preset has always offered them.</extracomment>
        <translation>haut</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>top_left</source>
        <extracomment>The four corners, for Roberts&apos; diagonal differences.</extracomment>
        <translation>haut gauche</translation>
    </message>
    <message>
        <source>top_right</source>
        <translation>haut droite</translation>
    </message>
    <message>
        <source>bottom_left</source>
        <translation>bas gauche</translation>
    </message>
    <message>
        <source>bottom_right</source>
        <translation>bas droite</translation>
    </message>
</context>
<context>
    <name>slices</name>
    <message>
        <source>Shared</source>
        <extracomment>The kinds of kernel the window offers: (label, `Step.kind`); the labels are shown translated (context &quot;slices&quot;).</extracomment>
        <translation>Commun</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Across channels</source>
        <translation>Entre canaux</translation>
    </message>
</context>
</TS>
