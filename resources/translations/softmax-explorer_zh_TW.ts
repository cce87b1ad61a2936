<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>core</name>
    <message>
        <source>unknown framework '%1' (expected pytorch, numpy or tensorflow)</source>
        <translation>未知的框架“%1”（應為 pytorch、numpy 或 tensorflow）</translation>
    </message>
    <message>
        <source>Dimension out of range (expected to be in range of [%1, %2], but got %3)</source>
        <translation>維度超出範圍（應在 [%1, %2] 之內，實際為 %3）</translation>
    </message>
    <message>
        <source>expected the end of the document</source>
        <translation>應為文件結尾</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>文字結尾</translation>
    </message>
    <message>
        <source>line %1, column %2: %3, found %4</source>
        <translation>第 %1 行，第 %2 列：%3，實際為 %4</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>巢狀超過 %1 層</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>應為一個值</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>應為帶引號的鍵</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>應為“:”</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>應為“,”或“}”</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>應為“,”或“]”</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字串沒有結束</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>字串中有控制字元</translation>
    </message>
    <message>
        <source>unknown escape</source>
        <translation>未知的轉義</translation>
    </message>
    <message>
        <source>short \u escape</source>
        <translation>\u 轉義太短</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>錯誤的 \u 轉義</translation>
    </message>
    <message>
        <source>bad surrogate pair</source>
        <translation>錯誤的代理對</translation>
    </message>
    <message>
        <source>lone surrogate</source>
        <translation>孤立的代理字元</translation>
    </message>
    <message>
        <source>the JSON text is larger than 4 MiB</source>
        <translation>JSON 文字大於 4 MiB</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte %1)</source>
        <translation>文字不是有效的 UTF-8（第 %1 個位元組）</translation>
    </message>
    <message>
        <source>lesson field "%1": %2</source>
        <translation>課件欄位“%1”：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>應為整數</translation>
    </message>
    <message>
        <source>expected a number or "nan", "inf", "-inf"</source>
        <translation>應為數字或 "nan"、"inf"、"-inf"</translation>
    </message>
    <message>
        <source>a lesson file is a JSON object</source>
        <translation>課件檔案應是一個 JSON 物件</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>應為字串</translation>
    </message>
    <message>
        <source>expected "%1"</source>
        <translation>應為 "%1"</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>應為數字</translation>
    </message>
    <message>
        <source>version %1 is not supported (this app reads version %2)</source>
        <translation>不支援版本 %1（本程式讀取版本 %2）</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>應為陣列</translation>
    </message>
    <message>
        <source>too many dims</source>
        <translation>維度太多</translation>
    </message>
    <message>
        <source>shape %1 needs %2 values, but %3 were given</source>
        <translation>形狀 %1 需要 %2 個值，但給出了 %3 個</translation>
    </message>
    <message>
        <source>expected %1 names</source>
        <translation>應為 %1 個名稱</translation>
    </message>
    <message>
        <source>expected non-empty names of at most 32 bytes</source>
        <translation>名稱應非空且不超過 32 個位元組</translation>
    </message>
    <message>
        <source>expected a dim number, "implicit" or "whole"</source>
        <translation>應為維度編號、"implicit" 或 "whole"</translation>
    </message>
    <message>
        <source>expected "softmax" or "log_softmax"</source>
        <translation>應為 "softmax" 或 "log_softmax"</translation>
    </message>
    <message>
        <source>expected %1 indices</source>
        <translation>應為 %1 個下標</translation>
    </message>
    <message>
        <source>index %1 is out of bounds for dim %2 with size %3</source>
        <translation>下標 %1 超出維度 %2 的範圍（長度為 %3）</translation>
    </message>
    <message>
        <source>longer than 100000 bytes</source>
        <translation>超過 100000 個位元組</translation>
    </message>
    <message>
        <source>text after the dict</source>
        <translation>字典後面還有文字</translation>
    </message>
    <message>
        <source>the dict needs 'descr', 'fortran_order' and 'shape'</source>
        <translation>字典需要 'descr'、'fortran_order' 和 'shape'</translation>
    </message>
    <message>
        <source>the .npy header is not a plain dict literal: %1 at character %2</source>
        <translation>.npy 檔案頭不是普通的字典字面量：%1，在第 %2 個字元處</translation>
    </message>
    <message>
        <source>expected '%1'</source>
        <translation>應為“%1”</translation>
    </message>
    <message>
        <source>expected a quoted string</source>
        <translation>應為帶引號的字串</translation>
    </message>
    <message>
        <source>unterminated or overlong string</source>
        <translation>字串沒有結束或過長</translation>
    </message>
    <message>
        <source>expected True or False</source>
        <translation>應為 True 或 False</translation>
    </message>
    <message>
        <source>a dimension is too large</source>
        <translation>維度太大</translation>
    </message>
    <message>
        <source>expected a dimension</source>
        <translation>應為一個維度</translation>
    </message>
    <message>
        <source>too many dimensions</source>
        <translation>維度太多</translation>
    </message>
    <message>
        <source>expected ',' or ')'</source>
        <translation>應為“,”或“)”</translation>
    </message>
    <message>
        <source>the .npy file holds Python objects (a pickle); only numbers can be read</source>
        <translation>.npy 檔案包含 Python 物件（pickle）；只能讀取數字</translation>
    </message>
    <message>
        <source>the .npy file holds complex numbers; softmax needs real numbers</source>
        <translation>.npy 檔案包含複數；softmax 需要實數</translation>
    </message>
    <message>
        <source>not a .npy file: it does not start with \x93NUMPY</source>
        <translation>不是 .npy 檔案：開頭不是 \x93NUMPY</translation>
    </message>
    <message>
        <source>the .npy file ends inside its header</source>
        <translation>.npy 檔案在檔案頭中途結束</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2 (expected 1.0, 2.0 or 3.0)</source>
        <translation>不支援的 .npy 格式版本 %1.%2（應為 1.0、2.0 或 3.0）</translation>
    </message>
    <message>
        <source>the .npy header is %1 bytes, more than the %2 a real array needs</source>
        <translation>.npy 檔案頭有 %1 個位元組，超過了真實陣列所需的 %2 個</translation>
    </message>
    <message>
        <source>the .npy header holds a control or non-ASCII byte</source>
        <translation>.npy 檔案頭中有控制字元或非 ASCII 位元組</translation>
    </message>
    <message>
        <source>the .npy array is a scalar (shape ()); a tensor of rank 1 to 4 is needed</source>
        <translation>.npy 陣列是標量（形狀 ()）；需要 1 到 4 維的張量</translation>
    </message>
    <message>
        <source>the .npy data is truncated: shape %1 needs %2 bytes, but the file has %3</source>
        <translation>.npy 資料被截斷：形狀 %1 需要 %2 個位元組，但檔案只有 %3 個</translation>
    </message>
    <message>
        <source>the .npy file has %1 bytes after the data for shape %2</source>
        <translation>.npy 檔案在形狀 %2 的資料之後還多出 %1 個位元組</translation>
    </message>
    <message>
        <source>the .npy dtype '%1' was converted to %2</source>
        <translation>.npy dtype“%1”已轉換為 %2</translation>
    </message>
    <message>
        <source>value %1 (%2, at character %3) is not a number</source>
        <translation>第 %1 個值（%2，在第 %3 個字元處）不是數字</translation>
    </message>
    <message>
        <source>more than %1 values given</source>
        <translation>給出的值超過 %1 個</translation>
    </message>
    <message>
        <source>no values given</source>
        <translation>沒有給出任何值</translation>
    </message>
    <message>
        <source>unknown preset '%1' (known: %2)</source>
        <translation>未知的例子“%1”（已有：%2）</translation>
    </message>
    <message>
        <source>a which-dim question needs a tensor of rank 2 or more</source>
        <translation>“哪個維度”題需要 2 維或更高維的張量</translation>
    </message>
    <message>
        <source>rank must be 1 to %1, but the shape has %2 dims</source>
        <translation>維數應為 1 到 %1，但這個形狀有 %2 維</translation>
    </message>
    <message>
        <source>extent of dim %1 must be 1 to %2, but got %3</source>
        <translation>維度 %1 的長度應為 1 到 %2，實際為 %3</translation>
    </message>
    <message>
        <source>a tensor may hold at most %1 elements, but this shape has more</source>
        <translation>張量最多隻能有 %1 個元素，但這個形狀更多</translation>
    </message>
    <message>
        <source>temperature must be a finite number &gt; 0, but got %1</source>
        <translation>溫度必須是大於 0 的有限數，實際為 %1</translation>
    </message>
    <message>
        <source>element %1 is outside a tensor of %2 elements</source>
        <translation>元素 %1 超出了有 %2 個元素的張量</translation>
    </message>
    <message>
        <source>unknown dtype '%1' (expected float32 or float64)</source>
        <translation>未知的 dtype“%1”（應為 float32 或 float64）</translation>
    </message>
    <message>
        <source>unknown fill '%1' (expected arange, zeros, ones or randn)</source>
        <translation>未知的填充方式“%1”（應為 arange、zeros、ones 或 randn）</translation>
    </message>
    <message>
        <source>end of text</source>
        <translation>文字結尾</translation>
    </message>
    <message>
        <source>expected '[' to start a nested list</source>
        <translation>應為“[”以開始巢狀列表</translation>
    </message>
    <message>
        <source>expected ']' to close the list opened at column %1</source>
        <translation>應為“]”以關閉第 %1 列開啟的列表</translation>
    </message>
    <message>
        <source>expected a number (this list holds numbers, not lists)</source>
        <translation>應為數字（這個列表裝的是數字，不是列表）</translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels (rank is at most %1)</source>
        <translation>列表巢狀超過 %1 層（維數最多為 %1）</translation>
    </message>
    <message>
        <source>empty list (every extent must be at least 1)</source>
        <translation>空列表（每個維度的長度至少為 1）</translation>
    </message>
    <message>
        <source>ragged lists: this one has shape %1 but the first one beside it has %2</source>
        <translation>列表參差不齊：這一個的形狀是 %1，但它旁邊的第一個是 %2</translation>
    </message>
    <message>
        <source>more than %1 items in one list</source>
        <translation>一個列表中超過 %1 項</translation>
    </message>
    <message>
        <source>expected a number or '['</source>
        <translation>應為數字或“[”</translation>
    </message>
    <message>
        <source>this is a summarised print: '...' stands for values that were left out</source>
        <translation>這是省略過的列印結果：“...”代表被省略的值</translation>
    </message>
    <message>
        <source>expected '[' (this list holds lists, not numbers)</source>
        <translation>應為“[”（這個列表裝的是列表，不是數字）</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>超過 %1 個值</translation>
    </message>
    <message>
        <source>expected 'dtype=' or ')'</source>
        <translation>應為“dtype=”或“)”</translation>
    </message>
    <message>
        <source>expected '='</source>
        <translation>應為“=”</translation>
    </message>
    <message>
        <source>expected torch.float32 or torch.float64</source>
        <translation>應為 torch.float32 或 torch.float64</translation>
    </message>
    <message>
        <source>expected ')' to close tensor(</source>
        <translation>應為“)”以關閉 tensor(</translation>
    </message>
    <message>
        <source>expected the end of the text</source>
        <translation>應為文字結尾</translation>
    </message>
    <message>
        <source>the .npy file holds a structured dtype (named fields); only plain numbers can be read</source>
        <translation>.npy 檔案包含結構化 dtype（具名欄位）；只能讀取普通數值</translation>
    </message>
    <message>
        <source>unexpected key %1</source>
        <translation>意外的鍵 %1</translation>
    </message>
    <message>
        <source>unsupported .npy dtype %1</source>
        <translation>不支援的 .npy dtype %1</translation>
    </message>
    <message>
        <source>the .npy dtype %1 is not numeric</source>
        <translation>.npy dtype %1 不是數值型別</translation>
    </message>
    <message>
        <source>unsupported .npy byte order in %1</source>
        <translation>不支援的 .npy 位元組序 %1</translation>
    </message>
    <message>
        <source>extent of dim %1 must be at least 1 and the product must fit, but got %2</source>
        <translation>維度 %1 的大小必須至少為 1，且各維大小之積不能溢位，但得到 %2</translation>
    </message>
    <message>
        <source>the shape holds %1 elements, but the input has %2 and the output %3</source>
        <translation>這個形狀有 %1 個元素，但輸入有 %2 個，輸出有 %3 個</translation>
    </message>
</context>
<context>
    <name>ui::CodePanel</name>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>複製程式碼(&amp;C)</translation>
    </message>
    <message>
        <source>Code that reproduces the numbers</source>
        <translation>重現這些數字的程式碼</translation>
    </message>
</context>
<context>
    <name>ui::CompareView</name>
    <message>
        <source>Σ = nan in some groups (nan or +inf in the input, or all −inf)</source>
        <translation>有的組 Σ = nan（輸入裡有 nan 或 +inf，或整組都是 −inf）</translation>
    </message>
    <message>
        <source>Σ = %1 in every group</source>
        <translation>每一組 Σ = %1</translation>
    </message>
    <message>
        <source>Σ from %1 to %2</source>
        <translation>Σ 介於 %1 與 %2 之間</translation>
    </message>
    <message>
        <source>Compare dims</source>
        <translation>比較各維度</translation>
    </message>
    <message>
        <source>whole tensor</source>
        <translation>整個張量</translation>
    </message>
    <message>
        <source>dim=%1 (%2)</source>
        <translation>dim=%1（%2）</translation>
    </message>
    <message>
        <source>%1 — the current choice</source>
        <translation>%1 — 當前選擇</translation>
    </message>
</context>
<context>
    <name>ui::DimSelector</name>
    <message>
        <source>Dim</source>
        <translation>維度</translation>
    </message>
    <message>
        <source>Previous dim</source>
        <translation>上一個維度</translation>
    </message>
    <message>
        <source>Dim to normalise along</source>
        <translation>沿哪個維度歸一化</translation>
    </message>
    <message>
        <source>Which elements share a denominator: one dim, PyTorch's implicit choice, or the whole tensor</source>
        <translation>哪些元素共用一個分母：某一個維度、PyTorch 的隱式選擇，或整個張量</translation>
    </message>
    <message>
        <source>Next dim</source>
        <translation>下一個維度</translation>
    </message>
</context>
<context>
    <name>ui::DimText</name>
    <message>
        <source>dim %1 (%2) has extent 1: every element is a group of its own, so every output is exactly %3 — %4.</source>
        <translation>維度 %1（%2）的長度為 1：每個元素自成一組，所以每個輸出都恰好是 %3 — %4。</translation>
    </message>
    <message>
        <source>dim %1 (%2): all %3 values are normalised together — %4.</source>
        <translation>維度 %1（%2）：全部 %3 個值一起歸一化 — %4。</translation>
    </message>
    <message>
        <source>dim %1 (%2): for each %3 the %4 values along %2 are normalised together — %5.</source>
        <translation>維度 %1（%2）：對每個 %3，沿 %2 的 %4 個值一起歸一化 — %5。</translation>
    </message>
    <message>
        <source>one group of %1</source>
        <translation>一組 %1 個</translation>
    </message>
    <message>
        <source>%1 groups of %2</source>
        <translation>%1 組，每組 %2 個</translation>
    </message>
    <message>
        <source>dim=%1 ≡ dim=%2 (%3)</source>
        <translation>dim=%1 ≡ dim=%2（%3）</translation>
    </message>
    <message>
        <source>implicit (PyTorch legacy): dim=%1</source>
        <translation>隱式（PyTorch 舊用法）：dim=%1</translation>
    </message>
    <message>
        <source>whole tensor (SciPy axis=None)</source>
        <translation>整個張量（SciPy axis=None）</translation>
    </message>
    <message>
        <source>Implicit: called without dim, PyTorch picks dim=%1 for a rank-%2 tensor and warns “%3” %4</source>
        <translation>隱式：不寫 dim 時，PyTorch 對 %2 維張量選 dim=%1，並警告“%3” %4</translation>
    </message>
    <message>
        <source>Whole tensor: all %1 values share one denominator, as SciPy's softmax(x) does with axis=None — %2.</source>
        <translation>整個張量：全部 %1 個值共用一個分母，與 SciPy 的 softmax(x)（axis=None）相同 — %2。</translation>
    </message>
    <message>
        <source>Defaults for shape %1: PyTorch without dim → dim=%2 (deprecated, warns) · TensorFlow axis=-1 → dim %3 · the tutorials' NumPy helper → axis %4 (first extent &gt; 1) · SciPy axis=None → whole tensor</source>
        <translation>形狀 %1 的預設值：PyTorch 不寫 dim → dim=%2（已棄用，會警告）· TensorFlow axis=-1 → 維度 %3 · 教程裡的 NumPy 輔助函式 → axis %4（第一個長度大於 1 的軸）· SciPy axis=None → 整個張量</translation>
    </message>
</context>
<context>
    <name>ui::DocumentFiles</name>
    <message>
        <source>cannot read '%1': %2</source>
        <translation>無法讀取“%1”：%2</translation>
    </message>
    <message>
        <source>'%1' is larger than 4 MiB; a tensor file within the app's limits is far smaller</source>
        <translation>“%1”大於 4 MiB；在本程式限制之內的張量檔案要小得多</translation>
    </message>
    <message>
        <source>cannot write '%1': %2</source>
        <translation>無法寫入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ui::DocumentSession</name>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>The lesson was not saved: %1</source>
        <translation>課件沒有儲存：%1</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>課件</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>儲存課件</translation>
    </message>
    <message>
        <source>Lesson files (*.json)</source>
        <translation>課件檔案 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有尚未儲存的更改。先儲存嗎？</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢復未儲存的工作？</translation>
    </message>
    <message>
        <source>Softmax Explorer did not close properly last time. Restore the work autosaved at %1?</source>
        <translation>Softmax 探索器上次沒有正常關閉。要恢復 %1 自動儲存的工作嗎？</translation>
    </message>
    <message>
        <source>Restore autosaved work</source>
        <translation>恢復自動儲存的工作</translation>
    </message>
    <message>
        <source>The autosaved work could not be restored: %1</source>
        <translation>自動儲存的工作無法恢復：%1</translation>
    </message>
</context>
<context>
    <name>ui::ExpCurvePlot</name>
    <message>
        <source>The curve e^(x - m) with the group's points</source>
        <translation>曲線 e^(x - m) 與本組的點</translation>
    </message>
    <message>
        <source>the group's elements</source>
        <translation>本組的元素</translation>
    </message>
    <message>
        <source>the explained element</source>
        <translation>當前講解的元素</translation>
    </message>
    <message>
        <source>z = x / T</source>
        <translation>z = x / T</translation>
    </message>
</context>
<context>
    <name>ui::GroupBarsPlot</name>
    <message>
        <source>Bars of the group: x, e^(x - m) and p</source>
        <translation>本組的柱狀圖：x、e^(x - m) 與 p</translation>
    </message>
</context>
<context>
    <name>ui::GroupStepsModel</name>
    <message>
        <source>element</source>
        <translation>元素</translation>
    </message>
</context>
<context>
    <name>ui::GroupSumModel</name>
    <message>
        <source>g%1: Σ = %2</source>
        <translation>g%1：Σ = %2</translation>
    </message>
    <message>
        <source>Group %1 of %2: its outputs sum to %3</source>
        <translation>第 %1 組（共 %2 組）：輸出之和為 %3</translation>
    </message>
</context>
<context>
    <name>ui::GroupSumsPanel</name>
    <message>
        <source>Group sums:</source>
        <translation>各組之和：</translation>
    </message>
    <message>
        <source>Each group's outputs form a probability distribution: they sum to 1.</source>
        <translation>每一組的輸出構成一個機率分佈：它們的和為 1。</translation>
    </message>
    <message>
        <source>Group sums</source>
        <translation>各組之和</translation>
    </message>
</context>
<context>
    <name>ui::GuideDialog</name>
    <message>
        <source>Softmax Explorer guide</source>
        <translation>Softmax 探索器指南</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Softmax along a dim&lt;/h2&gt;&lt;p&gt;softmax(x)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;, where j runs over the elements that share every index with i except the one along &lt;b&gt;dim&lt;/b&gt;. Those elements form i's &lt;b&gt;group&lt;/b&gt;: they share one denominator, and their outputs sum to 1.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;沿某一維度的 softmax&lt;/h2&gt;&lt;p&gt;softmax(x)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;，其中 j 取遍與 i 除了沿 &lt;b&gt;dim&lt;/b&gt; 那一個下標之外其餘下標都相同的元素。這些元素構成 i 的&lt;b&gt;組&lt;/b&gt;：它們共用一個分母，輸出之和為 1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The four dims of B×C×H×W&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;dim 0&lt;/b&gt;: across the batch items at the same (c, h, w);&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 1&lt;/b&gt;: across the channels at the same (b, h, w) — segmentation's classes;&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 2&lt;/b&gt;: down each column of an H×W plane;&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 3&lt;/b&gt; (also dim=−1): along each row.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Try it: %1, then step the dim with Ctrl+] and watch the highlight.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;B×C×H×W 的四個維度&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;dim 0&lt;/b&gt;：在相同 (c, h, w) 處跨批次樣本；&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 1&lt;/b&gt;：在相同 (b, h, w) 處跨通道 — 即分割中的各個類別；&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 2&lt;/b&gt;：沿 H×W 平面的每一列向下；&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 3&lt;/b&gt;（即 dim=−1）：沿每一行。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;試一試：%1，然後用 Ctrl+] 切換維度，觀察高亮的變化。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the tutorial's 1×3×2×2 arange</source>
        <translation>教程中的 1×3×2×2 arange</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why subtract the maximum&lt;/h3&gt;&lt;p&gt;e&lt;sup&gt;x&lt;/sup&gt; overflows float32 near x ≈ 88.7 (float64 near 710). Subtracting the group's maximum m changes nothing mathematically — the factor e&lt;sup&gt;−m&lt;/sup&gt; cancels — and keeps every exponent ≤ 0. The steps panel shows the naive form beside the stable one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;為什麼要減去最大值&lt;/h3&gt;&lt;p&gt;在 float32 中 e&lt;sup&gt;x&lt;/sup&gt; 約在 x ≈ 88.7 處溢位（float64 約在 710 處）。減去組內最大值 m 在數學上不改變結果 — 因子 e&lt;sup&gt;−m&lt;/sup&gt; 會約掉 — 並使每個指數都 ≤ 0。步驟面板把樸素演算法與穩定演算法並排展示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;log_softmax&lt;/h3&gt;&lt;p&gt;log p&lt;sub&gt;i&lt;/sub&gt; = (x&lt;sub&gt;i&lt;/sub&gt; − m) − log Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt; − m&lt;/sup&gt;, computed without ever taking the log of a tiny p. It pairs with NLLLoss: log_softmax followed by NLLLoss is cross-entropy. See %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;log_softmax&lt;/h3&gt;&lt;p&gt;log p&lt;sub&gt;i&lt;/sub&gt; = (x&lt;sub&gt;i&lt;/sub&gt; − m) − log Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt; − m&lt;/sup&gt;，整個計算從不對很小的 p 取對數。它與 NLLLoss 搭配使用：log_softmax 後接 NLLLoss 就是交叉熵。見%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the tutorial's 2×2 example</source>
        <translation>教程中的 2×2 例子</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Temperature&lt;/h3&gt;&lt;p&gt;softmax(x / T): a small T sharpens toward the maximum (argmax), a large T flattens toward uniform. The tutorial's NumPy helper writes theta = 1/T. The “p vs T” plot shows it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;溫度&lt;/h3&gt;&lt;p&gt;softmax(x / T)：溫度 T 越小，分佈越尖銳，趨向最大值（argmax）；T 越大，分佈越平坦，趨向均勻。教程裡的 NumPy 輔助函式寫作 theta = 1/T。“p 隨 T 變化”圖展示了這一點。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Frameworks&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;PyTorch wants dim; without it, the deprecated implicit choice is dim 0 for rank 0, 1 or 3, else dim 1, with a warning.&lt;/li&gt;&lt;li&gt;TensorFlow: axis=−1.&lt;/li&gt;&lt;li&gt;The tutorial's NumPy helper: the first axis whose extent is more than 1.&lt;/li&gt;&lt;li&gt;SciPy: axis=None, the whole tensor.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Typical uses: %1 (N, C) dim=−1; %2 (1, C, H, W) dim=1; %3; %4 with −inf masks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;各個框架&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;PyTorch 需要 dim；不寫時使用已棄用的隱式選擇：0、1 或 3 維張量取 dim 0，否則取 dim 1，並給出警告。&lt;/li&gt;&lt;li&gt;TensorFlow：axis=−1。&lt;/li&gt;&lt;li&gt;教程裡的 NumPy 輔助函式：第一個長度大於 1 的軸。&lt;/li&gt;&lt;li&gt;SciPy：axis=None，即整個張量。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;典型用法：%1 (N, C) dim=−1；%2 (1, C, H, W) dim=1；%3；帶 −inf 掩碼的%4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>segmentation</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>detection anchors</source>
        <translation>檢測錨框</translation>
    </message>
    <message>
        <source>attention scores</source>
        <translation>注意力分數</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Common misconceptions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;常見誤解&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>“dim=0 means rows, dim=1 means columns”</source>
        <translation>“dim=0 表示行，dim=1 表示列”</translation>
    </message>
    <message>
        <source>Words like these contradict each other from one tutorial to the next (“0 normalises columns”). What is true is which elements sum to 1: pick a cell and look at its highlighted group. %1</source>
        <translation>這類說法在不同教程之間互相矛盾（“0 對列歸一化”）。真正確定的是哪些元素之和為 1：點選一個格子，看它高亮的組。%1</translation>
    </message>
    <message>
        <source>Open the 2×4 example.</source>
        <translation>開啟 2×4 的例子。</translation>
    </message>
    <message>
        <source>“The denominator is an average”</source>
        <translation>“分母是平均值”</translation>
    </message>
    <message>
        <source>It is a sum: Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; over the group, never divided by its size.</source>
        <translation>分母是和：對組內求 Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;，從不除以組的大小。</translation>
    </message>
    <message>
        <source>“With batch size 1, the other batch items count as 0”</source>
        <translation>“批次大小為 1 時，其他批次樣本按 0 計算”</translation>
    </message>
    <message>
        <source>With one batch item the dim-0 group holds a single element, so its softmax is e&lt;sup&gt;x&lt;/sup&gt;/e&lt;sup&gt;x&lt;/sup&gt; = 1 exactly. %1</source>
        <translation>只有一個批次樣本時，dim 0 的組只含一個元素，所以它的 softmax 恰好是 e&lt;sup&gt;x&lt;/sup&gt;/e&lt;sup&gt;x&lt;/sup&gt; = 1。%1</translation>
    </message>
    <message>
        <source>See dim 0 of the 1×3×2×2 example.</source>
        <translation>看 1×3×2×2 例子的 dim 0。</translation>
    </message>
    <message>
        <source>“Rounding the exponentials first is harmless”</source>
        <translation>“先把指數四捨五入無妨”</translation>
    </message>
    <message>
        <source>Rounding e&lt;sup&gt;x&lt;/sup&gt; to two decimals gives 0.2308 for the middle of (−3, 1.5, 2.7); PyTorch prints 0.2309. Hover a number in the steps for its full precision. %1</source>
        <translation>把 e&lt;sup&gt;x&lt;/sup&gt; 先舍入到兩位小數，(−3, 1.5, 2.7) 中間那個得到 0.2308；PyTorch 列印的是 0.2309。把滑鼠停在步驟裡的數字上可以看到完整精度。%1</translation>
    </message>
    <message>
        <source>Open the three-class example.</source>
        <translation>開啟三個類別的例子。</translation>
    </message>
    <message>
        <source>“Any two elements of the same row share a denominator”</source>
        <translation>“同一行的任意兩個元素共用一個分母”</translation>
    </message>
    <message>
        <source>Only along the chosen dim. A worked example once divided by e&lt;sup&gt;x₁&lt;/sup&gt; + e&lt;sup&gt;x₃&lt;/sup&gt; with the wrong x₃ and got 0.7209 instead of 0.8696; the steps panel lists the group's members and their values so such slips show. %1</source>
        <translation>只有沿所選維度的元素才共用分母。曾有一個手算的例子用 e&lt;sup&gt;x₁&lt;/sup&gt; + e&lt;sup&gt;x₃&lt;/sup&gt; 作分母卻代錯了 x₃，得到 0.7209 而不是 0.8696；步驟面板列出組內的每個成員及其數值，這類錯誤一眼就能看出。%1</translation>
    </message>
    <message>
        <source>Open the 2×2×2 notebook example.</source>
        <translation>開啟 2×2×2 的筆記本例子。</translation>
    </message>
</context>
<context>
    <name>ui::HeatMapPlot</name>
    <message>
        <source>Heat map of the output plane</source>
        <translation>輸出平面的熱力圖</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Click a cell to see its group; double-click or type to edit a value.</source>
        <translation>點選一個格子檢視它的組；雙擊或直接輸入即可編輯數值。</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>張量</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例子</translation>
    </message>
    <message>
        <source>The tutorials' tensors and typical uses of softmax</source>
        <translation>教程中的張量與 softmax 的典型用法</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>開啟例子(&amp;E)</translation>
    </message>
    <message>
        <source>Load %1 %2 (%3)</source>
        <translation>載入 %1 %2（%3）</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>資料型別</translation>
    </message>
    <message>
        <source>The tensor's dtype; PyTorch computes in it (float32 is PyTorch's default)</source>
        <translation>張量的 dtype；PyTorch 以它計算（float32 是 PyTorch 的預設型別）</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函式</translation>
    </message>
    <message>
        <source>softmax, or log_softmax (pairs with NLLLoss: log_softmax + NLLLoss = cross-entropy)</source>
        <translation>softmax，或 log_softmax（與 NLLLoss 搭配：log_softmax + NLLLoss = 交叉熵）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Input tensor x</source>
        <translation>輸入張量 x</translation>
    </message>
    <message>
        <source>Output tensor</source>
        <translation>輸出張量</translation>
    </message>
    <message>
        <source>Input x (editable)</source>
        <translation>輸入 x（可編輯）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>What PyTorch prints for x and the output</source>
        <translation>PyTorch 列印 x 與輸出的樣子</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Python that rebuilds the tensor and reproduces the numbers</source>
        <translation>重建張量並重現這些數字的 Python 程式碼</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>The lesson's notes, saved with it</source>
        <translation>課件的筆記，隨課件一起儲存</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>探索(&amp;X)</translation>
    </message>
    <message>
        <source>One dim: the views, the steps and the plots</source>
        <translation>一個維度：檢視、步驟與圖表</translation>
    </message>
    <message>
        <source>Co&amp;mpare dims</source>
        <translation>比較各維度(&amp;M)</translation>
    </message>
    <message>
        <source>The same input along every dim, side by side</source>
        <translation>同一個輸入沿每個維度的結果，並排顯示</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>測驗(&amp;Q)</translation>
    </message>
    <message>
        <source>Questions made from the current tensor, for self-study</source>
        <translation>由當前張量生成的題目，用於自學</translation>
    </message>
    <message>
        <source>x / %1</source>
        <translation>x / %1</translation>
    </message>
    <message>
        <source>%1(%2) over the whole tensor</source>
        <translation>對整個張量的 %1(%2)</translation>
    </message>
    <message>
        <source>%1 = %2 → %3 · group %4 of %5</source>
        <translation>%1 = %2 → %3 · 第 %4 組（共 %5 組）</translation>
    </message>
    <message>
        <source>The file was not opened: %1</source>
        <translation>檔案沒有開啟：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>The file was not opened.

%1</source>
        <translation>檔案沒有開啟。

%1</translation>
    </message>
    <message>
        <source>%1[*] — Softmax Explorer</source>
        <translation>%1[*] — Softmax 探索器</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>填充(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;arange: 0, 1, 2, …</source>
        <translation>&amp;arange：0, 1, 2, …</translation>
    </message>
    <message>
        <source>&amp;zeros</source>
        <translation>全零(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;ones</source>
        <translation>全一(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;randn (next seed)</source>
        <translation>&amp;randn（下一個種子）</translation>
    </message>
    <message>
        <source>Standard normal values; each use takes the next seed</source>
        <translation>標準正態分佈的值；每用一次換下一個種子</translation>
    </message>
    <message>
        <source>randn with &amp;seed…</source>
        <translation>指定種子的 randn(&amp;S)…</translation>
    </message>
    <message>
        <source>randn with seed</source>
        <translation>指定種子的 randn</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>種子：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>匯出圖片(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the result as .&amp;npy…</source>
        <translation>把結果匯出為 .npy(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the selected &amp;value</source>
        <translation>編輯選中的值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Paste tensor</source>
        <translation>貼上張量(&amp;P)</translation>
    </message>
    <message>
        <source>Replace the tensor with a nested list or a printed PyTorch tensor from the clipboard</source>
        <translation>用剪貼簿中的巢狀列表或 PyTorch 打印出的張量替換當前張量</translation>
    </message>
    <message>
        <source>&amp;Copy the output as PyTorch prints it</source>
        <translation>按 PyTorch 列印的樣子複製輸出(&amp;C)</translation>
    </message>
    <message>
        <source>Copied the output as print(y) shows it</source>
        <translation>已按 print(y) 的樣子複製輸出</translation>
    </message>
    <message>
        <source>Copy the &amp;steps</source>
        <translation>複製步驟(&amp;S)</translation>
    </message>
    <message>
        <source>Copied the steps as text</source>
        <translation>已把步驟複製為文字</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;all groups</source>
        <translation>顯示所有組(&amp;A)</translation>
    </message>
    <message>
        <source>Give every group its own colour and number</source>
        <translation>給每一組各自的顏色和編號</translation>
    </message>
    <message>
        <source>&amp;Index labels in the steps</source>
        <translation>步驟中使用下標標籤(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Previous dim</source>
        <translation>上一個維度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next dim</source>
        <translation>下一個維度(&amp;N)</translation>
    </message>
    <message>
        <source>Use &amp;log_softmax</source>
        <translation>使用 &amp;log_softmax</translation>
    </message>
    <message>
        <source>Go to the &amp;input</source>
        <translation>轉到輸入(&amp;I)</translation>
    </message>
    <message>
        <source>Go to the &amp;output</source>
        <translation>轉到輸出(&amp;O)</translation>
    </message>
    <message>
        <source>Go to the &amp;steps</source>
        <translation>轉到步驟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type, only the dim and the walkthrough (F11 or Esc to leave)</source>
        <translation>全屏、大字號，只保留維度與逐組演示（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Softmax Explorer</source>
        <translation>關於 Softmax 探索器(&amp;A)</translation>
    </message>
    <message>
        <source>About Softmax Explorer</source>
        <translation>關於 Softmax 探索器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Softmax Explorer %1&lt;/h3&gt;&lt;p&gt;See which elements share a denominator when softmax runs along a dim, with every e&lt;sup&gt;x&lt;/sup&gt; / Σe&lt;sup&gt;x&lt;/sup&gt; step in numbers.&lt;/p&gt;&lt;p&gt;The numbers match PyTorch 1.13 on the CPU.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Softmax 探索器 %1&lt;/h3&gt;&lt;p&gt;看清 softmax 沿某一維度時哪些元素共用同一個分母，每一步 e&lt;sup&gt;x&lt;/sup&gt; / Σe&lt;sup&gt;x&lt;/sup&gt; 都有數字。&lt;/p&gt;&lt;p&gt;所有數字與 CPU 上的 PyTorch 1.13 一致。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>Tensors (*.json *.npy *.txt *.py);;Lesson files (*.json);;NumPy arrays (*.npy);;Text (*.txt *.py);;All files (*)</source>
        <translation>張量 (*.json *.npy *.txt *.py);;課件檔案 (*.json);;NumPy 陣列 (*.npy);;文字 (*.txt *.py);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>匯出圖片</translation>
    </message>
    <message>
        <source>The main window</source>
        <translation>主視窗</translation>
    </message>
    <message>
        <source>Every dim side by side</source>
        <translation>各維度並排</translation>
    </message>
    <message>
        <source>The four plots</source>
        <translation>四張圖表</translation>
    </message>
    <message>
        <source>PNG only: pixels per point, for sharp slides</source>
        <translation>僅限 PNG：每個點的畫素數，讓幻燈片更清晰</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>檢視(&amp;V)：</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>PNG 縮放(&amp;S)：</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 圖片 (*.png);;SVG 圖片 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>Export the result as .npy</source>
        <translation>把結果匯出為 .npy</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 陣列 (*.npy)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>貼上的文字</translation>
    </message>
    <message>
        <source>Paste tensor</source>
        <translation>貼上張量</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>沒有貼上任何內容：%1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟隨系統（%1）</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高對比度(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ui::NotesPanel</name>
    <message>
        <source>Notes for this lesson: what to point out, questions to ask the class…</source>
        <translation>本課的筆記：要強調什麼，要問學生什麼問題…</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>課件筆記</translation>
    </message>
</context>
<context>
    <name>ui::PlotStyle</name>
    <message>
        <source>'%1' has no image extension: use .png, .svg or .pdf</source>
        <translation>“%1”沒有圖片副檔名：請用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>cannot write the image '%1'</source>
        <translation>無法寫入圖片“%1”</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>儲存圖片…</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>儲存圖片</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 圖片 (*.png);;SVG 圖片 (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ui::PlotsPanel</name>
    <message>
        <source>Bars</source>
        <translation>柱狀圖</translation>
    </message>
    <message>
        <source>eˣ curve</source>
        <translation>eˣ 曲線</translation>
    </message>
    <message>
        <source>p vs T</source>
        <translation>p 隨 T 變化</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>熱力圖</translation>
    </message>
    <message>
        <source>The group's x, e^(x − m) and p side by side</source>
        <translation>本組的 x、e^(x − m) 與 p 並排顯示</translation>
    </message>
    <message>
        <source>Why the largest x dominates: the exponential</source>
        <translation>為什麼最大的 x 佔主導：指數函式</translation>
    </message>
    <message>
        <source>How each p changes with the temperature; drag to change T</source>
        <translation>每個 p 隨溫度如何變化；拖動可改變 T</translation>
    </message>
    <message>
        <source>The output plane of the selected element</source>
        <translation>所選元素所在的輸出平面</translation>
    </message>
</context>
<context>
    <name>ui::PresetText</name>
    <message>
        <source>arange(12) as 1×3×2×2 (B×C×H×W): the four dims of an image batch</source>
        <translation>arange(12) 排成 1×3×2×2（B×C×H×W）：影象批次的四個維度</translation>
    </message>
    <message>
        <source>arange(12) as 2×3×1×2: dim 0 across two batch items</source>
        <translation>arange(12) 排成 2×3×1×2：dim 0 跨兩個批次樣本</translation>
    </message>
    <message>
        <source>[1, 2, 3, 4] with the implicit (deprecated) dim</source>
        <translation>[1, 2, 3, 4]，使用隱式（已棄用）的 dim</translation>
    </message>
    <message>
        <source>[[1, 2, 3, 4], [5, 6, 7, 8]]: rows versus columns</source>
        <translation>[[1, 2, 3, 4], [5, 6, 7, 8]]：行與列</translation>
    </message>
    <message>
        <source>three class scores -3, 1.5, 2.7, step by step</source>
        <translation>三個類別分數 -3、1.5、2.7，逐步計算</translation>
    </message>
    <message>
        <source>torch.rand(2, 2) with seed 0: log_softmax beside softmax</source>
        <translation>種子為 0 的 torch.rand(2, 2)：log_softmax 與 softmax 並列</translation>
    </message>
    <message>
        <source>the NumPy helper's 2×3 example (float64), axis 0 and -1</source>
        <translation>NumPy 輔助函式的 2×3 例子（float64），axis 0 與 -1</translation>
    </message>
    <message>
        <source>a 2×2×2 tensor computed by hand for dims 0, 1, 2 and -1</source>
        <translation>手算 dim 0、1、2 與 -1 的 2×2×2 張量</translation>
    </message>
    <message>
        <source>classification logits (1, C), dim=-1</source>
        <translation>分類 logits (1, C)，dim=-1</translation>
    </message>
    <message>
        <source>segmentation scores (1, C, H, W), dim=1 per pixel</source>
        <translation>分割分數 (1, C, H, W)，每個畫素 dim=1</translation>
    </message>
    <message>
        <source>detection anchors (N, C), dim=-1 per anchor</source>
        <translation>檢測錨框 (N, C)，每個錨框 dim=-1</translation>
    </message>
    <message>
        <source>causal attention scores (heads, L, L) with -inf masks, dim=-1</source>
        <translation>帶 -inf 掩碼的因果注意力分數 (heads, L, L)，dim=-1</translation>
    </message>
</context>
<context>
    <name>ui::PrintPanel</name>
    <message>
        <source>What PyTorch prints</source>
        <translation>PyTorch 列印的內容</translation>
    </message>
</context>
<context>
    <name>ui::QuizPanel</name>
    <message>
        <source>&amp;Ask:</source>
        <translation>題型(&amp;A)：</translation>
    </message>
    <message>
        <source>Which elements share a denominator?</source>
        <translation>哪些元素共用一個分母？</translation>
    </message>
    <message>
        <source>Which dim produced this output?</source>
        <translation>這個輸出來自哪個維度？</translation>
    </message>
    <message>
        <source>Which way does p move when T doubles?</source>
        <translation>T 加倍時 p 會怎樣變化？</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>題目型別</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>新題目(&amp;N)</translation>
    </message>
    <message>
        <source>A new question from the current tensor (N)</source>
        <translation>用當前張量出一道新題（N）</translation>
    </message>
    <message>
        <source>Quiz tensor</source>
        <translation>測驗張量</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反饋</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>檢查(&amp;C)</translation>
    </message>
    <message>
        <source>Grade the elements you clicked (Enter)</source>
        <translation>批改你點選的元素（Enter）</translation>
    </message>
    <message>
        <source>Click elements (or Space on the current one) to choose them.</source>
        <translation>點選元素（或在當前元素上按空格）來選擇它們。</translation>
    </message>
    <message>
        <source>Goes &amp;up</source>
        <translation>變大(&amp;U)</translation>
    </message>
    <message>
        <source>Goes &amp;down</source>
        <translation>變小(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stays the same</source>
        <translation>不變(&amp;S)</translation>
    </message>
    <message>
        <source>dim=%1 (%2)</source>
        <translation>dim=%1（%2）</translation>
    </message>
    <message>
        <source>Softmax along %1: click every element that shares a denominator with ★ %2.</source>
        <translation>沿 %1 做 softmax：點選每一個與 ★ %2 共用分母的元素。</translation>
    </message>
    <message>
        <source>This question needs a tensor of rank 2 or more: change the rank in the toolbar.</source>
        <translation>這道題需要 2 維或更高維的張量：請在工具欄中修改維數。</translation>
    </message>
    <message>
        <source>This is %1 of the current tensor along one of its dims. Which dim? (keys 0–%2)</source>
        <translation>這是當前張量沿某一個維度的 %1。是哪一個維度？（按鍵 0–%2）</translation>
    </message>
    <message>
        <source>Now p(★ %1) = %2 at T = %3 (its group is marked ●). When T doubles to %4, does p go up, go down or stay the same? (U, D, S)</source>
        <translation>現在溫度 T = %3 時 p(★ %1) = %2（它的組標為 ●）。當 T 加倍到 %4 時，p 會變大、變小還是不變？（U、D、S）</translation>
    </message>
    <message>
        <source>Its group along %1: every index the same except the one along %1.</source>
        <translation>它沿 %1 的組：除了沿 %1 的下標之外，其餘下標都相同。</translation>
    </message>
    <message>
        <source>Right: all %1 elements of the group. %2</source>
        <translation>正確：組內全部 %1 個元素。%2</translation>
    </message>
    <message>
        <source>Not quite: ✓ %1 right, ○ %2 missed, ✗ %3 wrong. %4</source>
        <translation>不完全對：✓ 對 %1 個，○ 漏 %2 個，✗ 錯 %3 個。%4</translation>
    </message>
    <message>
        <source>Right: %1. Each of its groups sums to 1.</source>
        <translation>正確：%1。它的每一組之和都為 1。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>No: it was %1, not %2. Look for which elements sum to 1 together.</source>
        <translation>不對：答案是 %1，不是 %2。看看哪些元素合起來和為 1。</translation>
    </message>
    <message>
        <source>p goes from %1 to %2 when T goes from %3 to %4.</source>
        <translation>T 從 %3 變到 %4 時，p 從 %1 變為 %2。</translation>
    </message>
    <message>
        <source>A larger T flattens the group toward uniform: large probabilities shrink, small ones grow.</source>
        <translation>T 越大，組內分佈越趨向均勻：大的機率變小，小的機率變大。</translation>
    </message>
    <message>
        <source>Right: </source>
        <translation>正確：</translation>
    </message>
    <message>
        <source>No: </source>
        <translation>不對：</translation>
    </message>
    <message>
        <source>Score: %1 of %2</source>
        <translation>得分：%1 / %2</translation>
    </message>
</context>
<context>
    <name>ui::ShapeEditor</name>
    <message>
        <source>Rank</source>
        <translation>維數</translation>
    </message>
    <message>
        <source>Number of dims (1–4). Growing adds a leading dim of extent 1; shrinking drops the leading dim.</source>
        <translation>維度的個數（1–4）。增加時在前面新增長度為 1 的維度；減少時去掉最前面的維度。</translation>
    </message>
    <message>
        <source>Name of dim %1</source>
        <translation>維度 %1 的名稱</translation>
    </message>
    <message>
        <source>Name of this dim (click to rename)</source>
        <translation>這個維度的名稱（點選可重新命名）</translation>
    </message>
    <message>
        <source>Extent of dim %1</source>
        <translation>維度 %1 的長度</translation>
    </message>
    <message>
        <source>Extent of this dim (1–%1; at most %2 elements in all)</source>
        <translation>這個維度的長度（1–%1；總共最多 %2 個元素）</translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Move between elements</source>
        <translation>在元素之間移動</translation>
    </message>
    <message>
        <source>Edit the selected value</source>
        <translation>編輯選中的值</translation>
    </message>
    <message>
        <source>type, or double-click</source>
        <translation>直接輸入，或雙擊</translation>
    </message>
</context>
<context>
    <name>ui::StepHtml</name>
    <message>
        <source>The whole tensor is one group: all %1 elements share one denominator.</source>
        <translation>整個張量是一組：全部 %1 個元素共用一個分母。</translation>
    </message>
    <message>
        <source>Group of %1 along dim %2 (%3, also dim=%4): its extent is 1, so %1 is alone in its group and its own denominator.</source>
        <translation>%1 沿維度 %2（%3，即 dim=%4）所在的組：這個維度長度為 1，所以 %1 獨自成組，分母就是它自己。</translation>
    </message>
    <message>
        <source>Group of %1 along dim %2 (%3, also dim=%4): these %5 elements share one denominator.</source>
        <translation>%1 沿維度 %2（%3，即 dim=%4）所在的組：這 %5 個元素共用一個分母。</translation>
    </message>
    <message>
        <source>&lt;p class="head"&gt;Stable (max subtracted, as PyTorch computes)&lt;/p&gt;</source>
        <translation>&lt;p class="head"&gt;穩定演算法（減去最大值，與 PyTorch 相同）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Divide by the temperature: %1 = %2 / &lt;i&gt;T&lt;/i&gt;, &lt;i&gt;T&lt;/i&gt; = %3&lt;br&gt;</source>
        <translation>除以溫度：%1 = %2 / &lt;i&gt;T&lt;/i&gt;，&lt;i&gt;T&lt;/i&gt; = %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>Maximum: &lt;i&gt;m&lt;/i&gt; = max %1 = %2&lt;br&gt;</source>
        <translation>最大值：&lt;i&gt;m&lt;/i&gt; = max %1 = %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>Denominator: Σ = Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;%1 %2 &lt;i&gt;m&lt;/i&gt;&lt;/sup&gt; = %3&lt;br&gt;</source>
        <translation>分母：Σ = Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;%1 %2 &lt;i&gt;m&lt;/i&gt;&lt;/sup&gt; = %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>log Σ = %1&lt;br&gt;</source>
        <translation>log Σ = %1&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;log &lt;i&gt;p&lt;/i&gt; = (%1 %2 &lt;i&gt;m&lt;/i&gt;) %2 log Σ = %3 %2 %4 = %5&lt;/b&gt;</source>
        <translation>&lt;b&gt;log &lt;i&gt;p&lt;/i&gt; = (%1 %2 &lt;i&gt;m&lt;/i&gt;) %2 log Σ = %3 %2 %4 = %5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;i&gt;p&lt;/i&gt; = e&lt;sup&gt;%1 %2 &lt;i&gt;m&lt;/i&gt;&lt;/sup&gt; / Σ = %3 / %4 = %5&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;&lt;i&gt;p&lt;/i&gt; = e&lt;sup&gt;%1 %2 &lt;i&gt;m&lt;/i&gt;&lt;/sup&gt; / Σ = %3 / %4 = %5&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Check: Σ&lt;sub&gt;j&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; = %1 ✓</source>
        <translation>檢驗：Σ&lt;sub&gt;j&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; = %1 ✓</translation>
    </message>
    <message>
        <source>&lt;p class="head"&gt;Naive e&lt;sup&gt;x&lt;/sup&gt; / Σ e&lt;sup&gt;x&lt;/sup&gt;&lt;/p&gt;</source>
        <translation>&lt;p class="head"&gt;樸素演算法 e&lt;sup&gt;x&lt;/sup&gt; / Σ e&lt;sup&gt;x&lt;/sup&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e&lt;sup&gt;%1&lt;/sup&gt;: %2&lt;br&gt;</source>
        <translation>e&lt;sup&gt;%1&lt;/sup&gt;：%2&lt;br&gt;</translation>
    </message>
    <message>
        <source>Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;%1&lt;/sup&gt; = %2&lt;br&gt;</source>
        <translation>Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;%1&lt;/sup&gt; = %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;p&lt;/i&gt; = e&lt;sup&gt;%1&lt;/sup&gt; / Σ = %2</source>
        <translation>&lt;i&gt;p&lt;/i&gt; = e&lt;sup&gt;%1&lt;/sup&gt; / Σ = %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;log &lt;i&gt;p&lt;/i&gt; = %1</source>
        <translation>&lt;br&gt;log &lt;i&gt;p&lt;/i&gt; = %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span class="overflow"&gt;Overflow: e&lt;sup&gt;x&lt;/sup&gt; exceeds the largest %1 number (x ≳ %2), so the naive form gives %3. Subtracting m avoids it.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span class="overflow"&gt;溢位：e&lt;sup&gt;x&lt;/sup&gt; 超過了 %1 能表示的最大數（x ≳ %2），所以樸素演算法得到 %3。減去 m 就能避免。&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ui::StepText</name>
    <message>
        <source>%1 over the whole tensor, element %2</source>
        <translation>對整個張量的 %1，元素 %2</translation>
    </message>
    <message>
        <source>Group: the whole tensor, size %1, shares one denominator.</source>
        <translation>組：整個張量，大小 %1，共用一個分母。</translation>
    </message>
    <message>
        <source>%1(x, dim=%2) for element %3</source>
        <translation>元素 %3 的 %1(x, dim=%2)</translation>
    </message>
    <message>
        <source>Group along dim %1 (%2, also dim=%3), size %4, shares the denominator:</source>
        <translation>沿維度 %1（%2，即 dim=%3）的組，大小 %4，共用這個分母：</translation>
    </message>
    <message>
        <source>   &lt;- this element</source>
        <translation>   &lt;- 這個元素</translation>
    </message>
    <message>
        <source>Divide by the temperature T = %1: z = x / T</source>
        <translation>除以溫度 T = %1：z = x / T</translation>
    </message>
    <message>
        <source>Maximum of the group: m = %1</source>
        <translation>組內最大值：m = %1</translation>
    </message>
    <message>
        <source>Subtract m and exponentiate: e^(%1 - m)</source>
        <translation>減去 m 再取指數：e^(%1 - m)</translation>
    </message>
    <message>
        <source>Sum (the denominator): S = %1</source>
        <translation>求和（分母）：S = %1</translation>
    </message>
    <message>
        <source>log S = %1</source>
        <translation>log S = %1</translation>
    </message>
    <message>
        <source>Result: log p = (%1 - m) - log S = %2 - %3 = %4</source>
        <translation>結果：log p = (%1 - m) - log S = %2 - %3 = %4</translation>
    </message>
    <message>
        <source>Result: p = e^(%1 - m) / S = %2 / %3 = %4</source>
        <translation>結果：p = e^(%1 - m) / S = %2 / %3 = %4</translation>
    </message>
    <message>
        <source>Check: the group's outputs sum to %1</source>
        <translation>檢驗：本組輸出之和為 %1</translation>
    </message>
    <message>
        <source>Naive form without subtracting m: e^%1 / sum of e^%1</source>
        <translation>不減去 m 的樸素演算法：e^%1 / e^%1 之和</translation>
    </message>
    <message>
        <source>  sum = %1, naive p = %2</source>
        <translation>  和 = %1，樸素 p = %2</translation>
    </message>
    <message>
        <source>  Overflow: e^x exceeds the largest %1 number, so the naive form gives %2; subtracting m avoids it.</source>
        <translation>  溢位：e^x 超過了 %1 能表示的最大數，所以樸素演算法得到 %2；減去 m 就能避免。</translation>
    </message>
</context>
<context>
    <name>ui::StepsPanel</name>
    <message>
        <source>Index labels x[i,j]</source>
        <translation>下標標籤 x[i,j]</translation>
    </message>
    <message>
        <source>Name elements by their index x[0,1,0,1] instead of the tutorials' x₁…xₙ (1-based, row-major)</source>
        <translation>用下標 x[0,1,0,1] 而不是教程中的 x₁…xₙ（從 1 開始，按行優先）來命名元素</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>組內成員</translation>
    </message>
    <message>
        <source>Every element sharing the denominator, with each step of its computation</source>
        <translation>共用這個分母的每個元素及其計算的每一步</translation>
    </message>
    <message>
        <source>Stable computation</source>
        <translation>穩定演算法</translation>
    </message>
    <message>
        <source>Naive computation</source>
        <translation>樸素演算法</translation>
    </message>
    <message>
        <source>Steps of %1 for %2 (%3)</source>
        <translation>%2（%3）的 %1 步驟</translation>
    </message>
</context>
<context>
    <name>ui::TemperatureControl</name>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Temperature (log scale)</source>
        <translation>溫度（對數刻度）</translation>
    </message>
    <message>
        <source>Temperature T: softmax(x / T). Small T sharpens toward the maximum, large T flattens toward uniform.</source>
        <translation>溫度 T：softmax(x / T)。T 小時分佈趨向最大值，T 大時趨向均勻。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
</context>
<context>
    <name>ui::TemperaturePlot</name>
    <message>
        <source>p against the temperature T</source>
        <translation>p 隨溫度 T 變化</translation>
    </message>
    <message>
        <source>temperature T (drag to change)</source>
        <translation>溫度 T（拖動可修改）</translation>
    </message>
</context>
<context>
    <name>ui::TensorDocument</name>
    <message>
        <source>“%1” is not a number, so %2 keeps its value %3. Type a number such as 2.5, -1e3, nan, inf or -inf.</source>
        <translation>“%1”不是數字，所以 %2 保持原值 %3。請輸入數字，例如 2.5、-1e3、nan、inf 或 -inf。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <source>The shape was not changed: %1.</source>
        <translation>形狀沒有改變：%1。</translation>
    </message>
    <message>
        <source>Change shape to %1</source>
        <translation>把形狀改為 %1</translation>
    </message>
    <message>
        <source>Rename dim %1 to %2</source>
        <translation>把維度 %1 重新命名為 %2</translation>
    </message>
    <message>
        <source>Fill with arange</source>
        <translation>用 arange 填充</translation>
    </message>
    <message>
        <source>Fill with zeros</source>
        <translation>用 0 填充</translation>
    </message>
    <message>
        <source>Fill with ones</source>
        <translation>用 1 填充</translation>
    </message>
    <message>
        <source>Fill with randn (seed %1)</source>
        <translation>用 randn 填充（種子 %1）</translation>
    </message>
    <message>
        <source>Load example %1</source>
        <translation>載入例子 %1</translation>
    </message>
    <message>
        <source>Choose dim=%1</source>
        <translation>選擇 dim=%1</translation>
    </message>
    <message>
        <source>Choose the implicit dim</source>
        <translation>選擇隱式維度</translation>
    </message>
    <message>
        <source>Choose the whole tensor</source>
        <translation>選擇整個張量</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>選擇 %1</translation>
    </message>
    <message>
        <source>Set T = %1</source>
        <translation>設定 T = %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切換為 %1</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>編輯筆記</translation>
    </message>
</context>
<context>
    <name>ui::TensorTableModel</name>
    <message>
        <source>group %1 of %2</source>
        <translation>第 %1 組（共 %2 組）</translation>
    </message>
    <message>
        <source>, in the selected group</source>
        <translation>，在選中的組裡</translation>
    </message>
    <message>
        <source>%1: x = %2, %3 = %4; %5%6</source>
        <translation>%1：x = %2，%3 = %4；%5%6</translation>
    </message>
</context>
<context>
    <name>ui::WalkthroughBar</name>
    <message>
        <source>Walkthrough</source>
        <translation>逐組演示</translation>
    </message>
    <message>
        <source>Walk through the groups</source>
        <translation>逐組演示</translation>
    </message>
    <message>
        <source>Walk through the groups of this dim one at a time (F5)</source>
        <translation>逐一演示這個維度的每一組（F5）</translation>
    </message>
    <message>
        <source>First group</source>
        <translation>第一組</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>上一組</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>下一組</translation>
    </message>
    <message>
        <source>Last group</source>
        <translation>最後一組</translation>
    </message>
    <message>
        <source>Stop the walkthrough</source>
        <translation>停止演示</translation>
    </message>
    <message>
        <source>Walkthrough speed</source>
        <translation>演示速度</translation>
    </message>
    <message>
        <source>Time on each group while playing</source>
        <translation>播放時每組停留的時間</translation>
    </message>
    <message>
        <source>%1 s per group</source>
        <translation>每組 %1 秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>group %1 of %2</source>
        <translation>第 %1 組（共 %2 組）</translation>
    </message>
</context>
<context>
    <name>ui::WidgetRender</name>
    <message>
        <source>%1(%2) over the whole tensor</source>
        <translation>對整個張量的 %1(%2)</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形狀</translation>
    </message>
    <message>
        <source>cannot write the image '%1'</source>
        <translation>無法寫入圖片“%1”</translation>
    </message>
    <message>
        <source>'%1' has no image extension: use .png, .svg or .pdf</source>
        <translation>“%1”沒有圖片副檔名：請用 .png、.svg 或 .pdf</translation>
    </message>
</context>
</TS>