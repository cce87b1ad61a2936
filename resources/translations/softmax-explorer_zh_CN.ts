<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>core</name>
    <message>
        <source>unknown framework '%1' (expected pytorch, numpy or tensorflow)</source>
        <translation>未知的框架“%1”（应为 pytorch、numpy 或 tensorflow）</translation>
    </message>
    <message>
        <source>Dimension out of range (expected to be in range of [%1, %2], but got %3)</source>
        <translation>维度超出范围（应在 [%1, %2] 之内，实际为 %3）</translation>
    </message>
    <message>
        <source>expected the end of the document</source>
        <translation>应为文档结尾</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>文本结尾</translation>
    </message>
    <message>
        <source>line %1, column %2: %3, found %4</source>
        <translation>第 %1 行，第 %2 列：%3，实际为 %4</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>应为一个值</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>应为带引号的键</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>应为“:”</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>应为“,”或“}”</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>应为“,”或“]”</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <source>unknown escape</source>
        <translation>未知的转义</translation>
    </message>
    <message>
        <source>short \u escape</source>
        <translation>\u 转义太短</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>错误的 \u 转义</translation>
    </message>
    <message>
        <source>bad surrogate pair</source>
        <translation>错误的代理对</translation>
    </message>
    <message>
        <source>lone surrogate</source>
        <translation>孤立的代理字符</translation>
    </message>
    <message>
        <source>the JSON text is larger than 4 MiB</source>
        <translation>JSON 文本大于 4 MiB</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte %1)</source>
        <translation>文本不是有效的 UTF-8（第 %1 个字节）</translation>
    </message>
    <message>
        <source>lesson field "%1": %2</source>
        <translation>课件字段“%1”：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a number or "nan", "inf", "-inf"</source>
        <translation>应为数字或 "nan"、"inf"、"-inf"</translation>
    </message>
    <message>
        <source>a lesson file is a JSON object</source>
        <translation>课件文件应是一个 JSON 对象</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected "%1"</source>
        <translation>应为 "%1"</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>version %1 is not supported (this app reads version %2)</source>
        <translation>不支持版本 %1（本程序读取版本 %2）</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>too many dims</source>
        <translation>维度太多</translation>
    </message>
    <message>
        <source>shape %1 needs %2 values, but %3 were given</source>
        <translation>形状 %1 需要 %2 个值，但给出了 %3 个</translation>
    </message>
    <message>
        <source>expected %1 names</source>
        <translation>应为 %1 个名称</translation>
    </message>
    <message>
        <source>expected non-empty names of at most 32 bytes</source>
        <translation>名称应非空且不超过 32 个字节</translation>
    </message>
    <message>
        <source>expected a dim number, "implicit" or "whole"</source>
        <translation>应为维度编号、"implicit" 或 "whole"</translation>
    </message>
    <message>
        <source>expected "softmax" or "log_softmax"</source>
        <translation>应为 "softmax" 或 "log_softmax"</translation>
    </message>
    <message>
        <source>expected %1 indices</source>
        <translation>应为 %1 个下标</translation>
    </message>
    <message>
        <source>index %1 is out of bounds for dim %2 with size %3</source>
        <translation>下标 %1 超出维度 %2 的范围（长度为 %3）</translation>
    </message>
    <message>
        <source>longer than 100000 bytes</source>
        <translation>超过 100000 个字节</translation>
    </message>
    <message>
        <source>text after the dict</source>
        <translation>字典后面还有文本</translation>
    </message>
    <message>
        <source>the dict needs 'descr', 'fortran_order' and 'shape'</source>
        <translation>字典需要 'descr'、'fortran_order' 和 'shape'</translation>
    </message>
    <message>
        <source>the .npy header is not a plain dict literal: %1 at character %2</source>
        <translation>.npy 文件头不是普通的字典字面量：%1，在第 %2 个字符处</translation>
    </message>
    <message>
        <source>expected '%1'</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>expected a quoted string</source>
        <translation>应为带引号的字符串</translation>
    </message>
    <message>
        <source>unterminated or overlong string</source>
        <translation>字符串没有结束或过长</translation>
    </message>
    <message>
        <source>expected True or False</source>
        <translation>应为 True 或 False</translation>
    </message>
    <message>
        <source>a dimension is too large</source>
        <translation>维度太大</translation>
    </message>
    <message>
        <source>expected a dimension</source>
        <translation>应为一个维度</translation>
    </message>
    <message>
        <source>too many dimensions</source>
        <translation>维度太多</translation>
    </message>
    <message>
        <source>expected ',' or ')'</source>
        <translation>应为“,”或“)”</translation>
    </message>
    <message>
        <source>the .npy file holds Python objects (a pickle); only numbers can be read</source>
        <translation>.npy 文件包含 Python 对象（pickle）；只能读取数字</translation>
    </message>
    <message>
        <source>the .npy file holds complex numbers; softmax needs real numbers</source>
        <translation>.npy 文件包含复数；softmax 需要实数</translation>
    </message>
    <message>
        <source>not a .npy file: it does not start with \x93NUMPY</source>
        <translation>不是 .npy 文件：开头不是 \x93NUMPY</translation>
    </message>
    <message>
        <source>the .npy file ends inside its header</source>
        <translation>.npy 文件在文件头中途结束</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2 (expected 1.0, 2.0 or 3.0)</source>
        <translation>不支持的 .npy 格式版本 %1.%2（应为 1.0、2.0 或 3.0）</translation>
    </message>
    <message>
        <source>the .npy header is %1 bytes, more than the %2 a real array needs</source>
        <translation>.npy 文件头有 %1 个字节，超过了真实数组所需的 %2 个</translation>
    </message>
    <message>
        <source>the .npy header holds a control or non-ASCII byte</source>
        <translation>.npy 文件头中有控制字符或非 ASCII 字节</translation>
    </message>
    <message>
        <source>the .npy array is a scalar (shape ()); a tensor of rank 1 to 4 is needed</source>
        <translation>.npy 数组是标量（形状 ()）；需要 1 到 4 维的张量</translation>
    </message>
    <message>
        <source>the .npy data is truncated: shape %1 needs %2 bytes, but the file has %3</source>
        <translation>.npy 数据被截断：形状 %1 需要 %2 个字节，但文件只有 %3 个</translation>
    </message>
    <message>
        <source>the .npy file has %1 bytes after the data for shape %2</source>
        <translation>.npy 文件在形状 %2 的数据之后还多出 %1 个字节</translation>
    </message>
    <message>
        <source>the .npy dtype '%1' was converted to %2</source>
        <translation>.npy dtype“%1”已转换为 %2</translation>
    </message>
    <message>
        <source>value %1 (%2, at character %3) is not a number</source>
        <translation>第 %1 个值（%2，在第 %3 个字符处）不是数字</translation>
    </message>
    <message>
        <source>more than %1 values given</source>
        <translation>给出的值超过 %1 个</translation>
    </message>
    <message>
        <source>no values given</source>
        <translation>没有给出任何值</translation>
    </message>
    <message>
        <source>unknown preset '%1' (known: %2)</source>
        <translation>未知的例子“%1”（已有：%2）</translation>
    </message>
    <message>
        <source>a which-dim question needs a tensor of rank 2 or more</source>
        <translation>“哪个维度”题需要 2 维或更高维的张量</translation>
    </message>
    <message>
        <source>rank must be 1 to %1, but the shape has %2 dims</source>
        <translation>维数应为 1 到 %1，但这个形状有 %2 维</translation>
    </message>
    <message>
        <source>extent of dim %1 must be 1 to %2, but got %3</source>
        <translation>维度 %1 的长度应为 1 到 %2，实际为 %3</translation>
    </message>
    <message>
        <source>a tensor may hold at most %1 elements, but this shape has more</source>
        <translation>张量最多只能有 %1 个元素，但这个形状更多</translation>
    </message>
    <message>
        <source>temperature must be a finite number &gt; 0, but got %1</source>
        <translation>温度必须是大于 0 的有限数，实际为 %1</translation>
    </message>
    <message>
        <source>element %1 is outside a tensor of %2 elements</source>
        <translation>元素 %1 超出了有 %2 个元素的张量</translation>
    </message>
    <message>
        <source>unknown dtype '%1' (expected float32 or float64)</source>
        <translation>未知的 dtype“%1”（应为 float32 或 float64）</translation>
    </message>
    <message>
        <source>unknown fill '%1' (expected arange, zeros, ones or randn)</source>
        <translation>未知的填充方式“%1”（应为 arange、zeros、ones 或 randn）</translation>
    </message>
    <message>
        <source>end of text</source>
        <translation>文本结尾</translation>
    </message>
    <message>
        <source>expected '[' to start a nested list</source>
        <translation>应为“[”以开始嵌套列表</translation>
    </message>
    <message>
        <source>expected ']' to close the list opened at column %1</source>
        <translation>应为“]”以关闭第 %1 列打开的列表</translation>
    </message>
    <message>
        <source>expected a number (this list holds numbers, not lists)</source>
        <translation>应为数字（这个列表装的是数字，不是列表）</translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels (rank is at most %1)</source>
        <translation>列表嵌套超过 %1 层（维数最多为 %1）</translation>
    </message>
    <message>
        <source>empty list (every extent must be at least 1)</source>
        <translation>空列表（每个维度的长度至少为 1）</translation>
    </message>
    <message>
        <source>ragged lists: this one has shape %1 but the first one beside it has %2</source>
        <translation>列表参差不齐：这一个的形状是 %1，但它旁边的第一个是 %2</translation>
    </message>
    <message>
        <source>more than %1 items in one list</source>
        <translation>一个列表中超过 %1 项</translation>
    </message>
    <message>
        <source>expected a number or '['</source>
        <translation>应为数字或“[”</translation>
    </message>
    <message>
        <source>this is a summarised print: '...' stands for values that were left out</source>
        <translation>这是省略过的打印结果：“...”代表被省略的值</translation>
    </message>
    <message>
        <source>expected '[' (this list holds lists, not numbers)</source>
        <translation>应为“[”（这个列表装的是列表，不是数字）</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>超过 %1 个值</translation>
    </message>
    <message>
        <source>expected 'dtype=' or ')'</source>
        <translation>应为“dtype=”或“)”</translation>
    </message>
    <message>
        <source>expected '='</source>
        <translation>应为“=”</translation>
    </message>
    <message>
        <source>expected torch.float32 or torch.float64</source>
        <translation>应为 torch.float32 或 torch.float64</translation>
    </message>
    <message>
        <source>expected ')' to close tensor(</source>
        <translation>应为“)”以关闭 tensor(</translation>
    </message>
    <message>
        <source>expected the end of the text</source>
        <translation>应为文本结尾</translation>
    </message>
    <message>
        <source>the .npy file holds a structured dtype (named fields); only plain numbers can be read</source>
        <translation>.npy 文件包含结构化 dtype（具名字段）；只能读取普通数值</translation>
    </message>
    <message>
        <source>unexpected key %1</source>
        <translation>意外的键 %1</translation>
    </message>
    <message>
        <source>unsupported .npy dtype %1</source>
        <translation>不支持的 .npy dtype %1</translation>
    </message>
    <message>
        <source>the .npy dtype %1 is not numeric</source>
        <translation>.npy dtype %1 不是数值类型</translation>
    </message>
    <message>
        <source>unsupported .npy byte order in %1</source>
        <translation>不支持的 .npy 字节序 %1</translation>
    </message>
    <message>
        <source>extent of dim %1 must be at least 1 and the product must fit, but got %2</source>
        <translation>维度 %1 的大小必须至少为 1，且各维大小之积不能溢出，但得到 %2</translation>
    </message>
    <message>
        <source>the shape holds %1 elements, but the input has %2 and the output %3</source>
        <translation>这个形状有 %1 个元素，但输入有 %2 个，输出有 %3 个</translation>
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
        <translation>复制代码(&amp;C)</translation>
    </message>
    <message>
        <source>Code that reproduces the numbers</source>
        <translation>重现这些数字的代码</translation>
    </message>
</context>
<context>
    <name>ui::CompareView</name>
    <message>
        <source>Σ = nan in some groups (nan or +inf in the input, or all −inf)</source>
        <translation>有的组 Σ = nan（输入里有 nan 或 +inf，或整组都是 −inf）</translation>
    </message>
    <message>
        <source>Σ = %1 in every group</source>
        <translation>每一组 Σ = %1</translation>
    </message>
    <message>
        <source>Σ from %1 to %2</source>
        <translation>Σ 介于 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>Compare dims</source>
        <translation>比较各维度</translation>
    </message>
    <message>
        <source>whole tensor</source>
        <translation>整个张量</translation>
    </message>
    <message>
        <source>dim=%1 (%2)</source>
        <translation>dim=%1（%2）</translation>
    </message>
    <message>
        <source>%1 — the current choice</source>
        <translation>%1 — 当前选择</translation>
    </message>
</context>
<context>
    <name>ui::DimSelector</name>
    <message>
        <source>Dim</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Previous dim</source>
        <translation>上一个维度</translation>
    </message>
    <message>
        <source>Dim to normalise along</source>
        <translation>沿哪个维度归一化</translation>
    </message>
    <message>
        <source>Which elements share a denominator: one dim, PyTorch's implicit choice, or the whole tensor</source>
        <translation>哪些元素共用一个分母：某一个维度、PyTorch 的隐式选择，或整个张量</translation>
    </message>
    <message>
        <source>Next dim</source>
        <translation>下一个维度</translation>
    </message>
</context>
<context>
    <name>ui::DimText</name>
    <message>
        <source>dim %1 (%2) has extent 1: every element is a group of its own, so every output is exactly %3 — %4.</source>
        <translation>维度 %1（%2）的长度为 1：每个元素自成一组，所以每个输出都恰好是 %3 — %4。</translation>
    </message>
    <message>
        <source>dim %1 (%2): all %3 values are normalised together — %4.</source>
        <translation>维度 %1（%2）：全部 %3 个值一起归一化 — %4。</translation>
    </message>
    <message>
        <source>dim %1 (%2): for each %3 the %4 values along %2 are normalised together — %5.</source>
        <translation>维度 %1（%2）：对每个 %3，沿 %2 的 %4 个值一起归一化 — %5。</translation>
    </message>
    <message>
        <source>one group of %1</source>
        <translation>一组 %1 个</translation>
    </message>
    <message>
        <source>%1 groups of %2</source>
        <translation>%1 组，每组 %2 个</translation>
    </message>
    <message>
        <source>dim=%1 ≡ dim=%2 (%3)</source>
        <translation>dim=%1 ≡ dim=%2（%3）</translation>
    </message>
    <message>
        <source>implicit (PyTorch legacy): dim=%1</source>
        <translation>隐式（PyTorch 旧用法）：dim=%1</translation>
    </message>
    <message>
        <source>whole tensor (SciPy axis=None)</source>
        <translation>整个张量（SciPy axis=None）</translation>
    </message>
    <message>
        <source>Implicit: called without dim, PyTorch picks dim=%1 for a rank-%2 tensor and warns “%3” %4</source>
        <translation>隐式：不写 dim 时，PyTorch 对 %2 维张量选 dim=%1，并警告“%3” %4</translation>
    </message>
    <message>
        <source>Whole tensor: all %1 values share one denominator, as SciPy's softmax(x) does with axis=None — %2.</source>
        <translation>整个张量：全部 %1 个值共用一个分母，与 SciPy 的 softmax(x)（axis=None）相同 — %2。</translation>
    </message>
    <message>
        <source>Defaults for shape %1: PyTorch without dim → dim=%2 (deprecated, warns) · TensorFlow axis=-1 → dim %3 · the tutorials' NumPy helper → axis %4 (first extent &gt; 1) · SciPy axis=None → whole tensor</source>
        <translation>形状 %1 的默认值：PyTorch 不写 dim → dim=%2（已弃用，会警告）· TensorFlow axis=-1 → 维度 %3 · 教程里的 NumPy 辅助函数 → axis %4（第一个长度大于 1 的轴）· SciPy axis=None → 整个张量</translation>
    </message>
</context>
<context>
    <name>ui::DocumentFiles</name>
    <message>
        <source>cannot read '%1': %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>'%1' is larger than 4 MiB; a tensor file within the app's limits is far smaller</source>
        <translation>“%1”大于 4 MiB；在本程序限制之内的张量文件要小得多</translation>
    </message>
    <message>
        <source>cannot write '%1': %2</source>
        <translation>无法写入“%1”：%2</translation>
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
        <translation>保存</translation>
    </message>
    <message>
        <source>The lesson was not saved: %1</source>
        <translation>课件没有保存：%1</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>课件</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课件</translation>
    </message>
    <message>
        <source>Lesson files (*.json)</source>
        <translation>课件文件 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有尚未保存的更改。先保存吗？</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Softmax Explorer did not close properly last time. Restore the work autosaved at %1?</source>
        <translation>Softmax 探索器上次没有正常关闭。要恢复 %1 自动保存的工作吗？</translation>
    </message>
    <message>
        <source>Restore autosaved work</source>
        <translation>恢复自动保存的工作</translation>
    </message>
    <message>
        <source>The autosaved work could not be restored: %1</source>
        <translation>自动保存的工作无法恢复：%1</translation>
    </message>
</context>
<context>
    <name>ui::ExpCurvePlot</name>
    <message>
        <source>The curve e^(x - m) with the group's points</source>
        <translation>曲线 e^(x - m) 与本组的点</translation>
    </message>
    <message>
        <source>the group's elements</source>
        <translation>本组的元素</translation>
    </message>
    <message>
        <source>the explained element</source>
        <translation>当前讲解的元素</translation>
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
        <translation>本组的柱状图：x、e^(x - m) 与 p</translation>
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
        <translation>第 %1 组（共 %2 组）：输出之和为 %3</translation>
    </message>
</context>
<context>
    <name>ui::GroupSumsPanel</name>
    <message>
        <source>Group sums:</source>
        <translation>各组之和：</translation>
    </message>
    <message>
        <source>Each group's outputs form a probability distribution: they sum to 1.</source>
        <translation>每一组的输出构成一个概率分布：它们的和为 1。</translation>
    </message>
    <message>
        <source>Group sums</source>
        <translation>各组之和</translation>
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
        <translation>&lt;h2&gt;沿某一维度的 softmax&lt;/h2&gt;&lt;p&gt;softmax(x)&lt;sub&gt;i&lt;/sub&gt; = e&lt;sup&gt;x&lt;sub&gt;i&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;，其中 j 取遍与 i 除了沿 &lt;b&gt;dim&lt;/b&gt; 那一个下标之外其余下标都相同的元素。这些元素构成 i 的&lt;b&gt;组&lt;/b&gt;：它们共用一个分母，输出之和为 1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The four dims of B×C×H×W&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;dim 0&lt;/b&gt;: across the batch items at the same (c, h, w);&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 1&lt;/b&gt;: across the channels at the same (b, h, w) — segmentation's classes;&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 2&lt;/b&gt;: down each column of an H×W plane;&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 3&lt;/b&gt; (also dim=−1): along each row.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Try it: %1, then step the dim with Ctrl+] and watch the highlight.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;B×C×H×W 的四个维度&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;dim 0&lt;/b&gt;：在相同 (c, h, w) 处跨批次样本；&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 1&lt;/b&gt;：在相同 (b, h, w) 处跨通道 — 即分割中的各个类别；&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 2&lt;/b&gt;：沿 H×W 平面的每一列向下；&lt;/li&gt;&lt;li&gt;&lt;b&gt;dim 3&lt;/b&gt;（即 dim=−1）：沿每一行。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;试一试：%1，然后用 Ctrl+] 切换维度，观察高亮的变化。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the tutorial's 1×3×2×2 arange</source>
        <translation>教程中的 1×3×2×2 arange</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why subtract the maximum&lt;/h3&gt;&lt;p&gt;e&lt;sup&gt;x&lt;/sup&gt; overflows float32 near x ≈ 88.7 (float64 near 710). Subtracting the group's maximum m changes nothing mathematically — the factor e&lt;sup&gt;−m&lt;/sup&gt; cancels — and keeps every exponent ≤ 0. The steps panel shows the naive form beside the stable one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;为什么要减去最大值&lt;/h3&gt;&lt;p&gt;在 float32 中 e&lt;sup&gt;x&lt;/sup&gt; 约在 x ≈ 88.7 处溢出（float64 约在 710 处）。减去组内最大值 m 在数学上不改变结果 — 因子 e&lt;sup&gt;−m&lt;/sup&gt; 会约掉 — 并使每个指数都 ≤ 0。步骤面板把朴素算法与稳定算法并排展示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;log_softmax&lt;/h3&gt;&lt;p&gt;log p&lt;sub&gt;i&lt;/sub&gt; = (x&lt;sub&gt;i&lt;/sub&gt; − m) − log Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt; − m&lt;/sup&gt;, computed without ever taking the log of a tiny p. It pairs with NLLLoss: log_softmax followed by NLLLoss is cross-entropy. See %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;log_softmax&lt;/h3&gt;&lt;p&gt;log p&lt;sub&gt;i&lt;/sub&gt; = (x&lt;sub&gt;i&lt;/sub&gt; − m) − log Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt; − m&lt;/sup&gt;，整个计算从不对很小的 p 取对数。它与 NLLLoss 搭配使用：log_softmax 后接 NLLLoss 就是交叉熵。见%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the tutorial's 2×2 example</source>
        <translation>教程中的 2×2 例子</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Temperature&lt;/h3&gt;&lt;p&gt;softmax(x / T): a small T sharpens toward the maximum (argmax), a large T flattens toward uniform. The tutorial's NumPy helper writes theta = 1/T. The “p vs T” plot shows it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;温度&lt;/h3&gt;&lt;p&gt;softmax(x / T)：温度 T 越小，分布越尖锐，趋向最大值（argmax）；T 越大，分布越平坦，趋向均匀。教程里的 NumPy 辅助函数写作 theta = 1/T。“p 随 T 变化”图展示了这一点。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Frameworks&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;PyTorch wants dim; without it, the deprecated implicit choice is dim 0 for rank 0, 1 or 3, else dim 1, with a warning.&lt;/li&gt;&lt;li&gt;TensorFlow: axis=−1.&lt;/li&gt;&lt;li&gt;The tutorial's NumPy helper: the first axis whose extent is more than 1.&lt;/li&gt;&lt;li&gt;SciPy: axis=None, the whole tensor.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Typical uses: %1 (N, C) dim=−1; %2 (1, C, H, W) dim=1; %3; %4 with −inf masks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;各个框架&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;PyTorch 需要 dim；不写时使用已弃用的隐式选择：0、1 或 3 维张量取 dim 0，否则取 dim 1，并给出警告。&lt;/li&gt;&lt;li&gt;TensorFlow：axis=−1。&lt;/li&gt;&lt;li&gt;教程里的 NumPy 辅助函数：第一个长度大于 1 的轴。&lt;/li&gt;&lt;li&gt;SciPy：axis=None，即整个张量。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;典型用法：%1 (N, C) dim=−1；%2 (1, C, H, W) dim=1；%3；带 −inf 掩码的%4。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>segmentation</source>
        <translation>分割</translation>
    </message>
    <message>
        <source>detection anchors</source>
        <translation>检测锚框</translation>
    </message>
    <message>
        <source>attention scores</source>
        <translation>注意力分数</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Common misconceptions&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;常见误解&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>“dim=0 means rows, dim=1 means columns”</source>
        <translation>“dim=0 表示行，dim=1 表示列”</translation>
    </message>
    <message>
        <source>Words like these contradict each other from one tutorial to the next (“0 normalises columns”). What is true is which elements sum to 1: pick a cell and look at its highlighted group. %1</source>
        <translation>这类说法在不同教程之间互相矛盾（“0 对列归一化”）。真正确定的是哪些元素之和为 1：点选一个格子，看它高亮的组。%1</translation>
    </message>
    <message>
        <source>Open the 2×4 example.</source>
        <translation>打开 2×4 的例子。</translation>
    </message>
    <message>
        <source>“The denominator is an average”</source>
        <translation>“分母是平均值”</translation>
    </message>
    <message>
        <source>It is a sum: Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; over the group, never divided by its size.</source>
        <translation>分母是和：对组内求 Σ&lt;sub&gt;j&lt;/sub&gt; e&lt;sup&gt;x&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt;，从不除以组的大小。</translation>
    </message>
    <message>
        <source>“With batch size 1, the other batch items count as 0”</source>
        <translation>“批次大小为 1 时，其他批次样本按 0 计算”</translation>
    </message>
    <message>
        <source>With one batch item the dim-0 group holds a single element, so its softmax is e&lt;sup&gt;x&lt;/sup&gt;/e&lt;sup&gt;x&lt;/sup&gt; = 1 exactly. %1</source>
        <translation>只有一个批次样本时，dim 0 的组只含一个元素，所以它的 softmax 恰好是 e&lt;sup&gt;x&lt;/sup&gt;/e&lt;sup&gt;x&lt;/sup&gt; = 1。%1</translation>
    </message>
    <message>
        <source>See dim 0 of the 1×3×2×2 example.</source>
        <translation>看 1×3×2×2 例子的 dim 0。</translation>
    </message>
    <message>
        <source>“Rounding the exponentials first is harmless”</source>
        <translation>“先把指数四舍五入无妨”</translation>
    </message>
    <message>
        <source>Rounding e&lt;sup&gt;x&lt;/sup&gt; to two decimals gives 0.2308 for the middle of (−3, 1.5, 2.7); PyTorch prints 0.2309. Hover a number in the steps for its full precision. %1</source>
        <translation>把 e&lt;sup&gt;x&lt;/sup&gt; 先舍入到两位小数，(−3, 1.5, 2.7) 中间那个得到 0.2308；PyTorch 打印的是 0.2309。把鼠标停在步骤里的数字上可以看到完整精度。%1</translation>
    </message>
    <message>
        <source>Open the three-class example.</source>
        <translation>打开三个类别的例子。</translation>
    </message>
    <message>
        <source>“Any two elements of the same row share a denominator”</source>
        <translation>“同一行的任意两个元素共用一个分母”</translation>
    </message>
    <message>
        <source>Only along the chosen dim. A worked example once divided by e&lt;sup&gt;x₁&lt;/sup&gt; + e&lt;sup&gt;x₃&lt;/sup&gt; with the wrong x₃ and got 0.7209 instead of 0.8696; the steps panel lists the group's members and their values so such slips show. %1</source>
        <translation>只有沿所选维度的元素才共用分母。曾有一个手算的例子用 e&lt;sup&gt;x₁&lt;/sup&gt; + e&lt;sup&gt;x₃&lt;/sup&gt; 作分母却代错了 x₃，得到 0.7209 而不是 0.8696；步骤面板列出组内的每个成员及其数值，这类错误一眼就能看出。%1</translation>
    </message>
    <message>
        <source>Open the 2×2×2 notebook example.</source>
        <translation>打开 2×2×2 的笔记本例子。</translation>
    </message>
</context>
<context>
    <name>ui::HeatMapPlot</name>
    <message>
        <source>Heat map of the output plane</source>
        <translation>输出平面的热力图</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Click a cell to see its group; double-click or type to edit a value.</source>
        <translation>点选一个格子查看它的组；双击或直接输入即可编辑数值。</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>例子</translation>
    </message>
    <message>
        <source>The tutorials' tensors and typical uses of softmax</source>
        <translation>教程中的张量与 softmax 的典型用法</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>打开例子(&amp;E)</translation>
    </message>
    <message>
        <source>Load %1 %2 (%3)</source>
        <translation>载入 %1 %2（%3）</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>The tensor's dtype; PyTorch computes in it (float32 is PyTorch's default)</source>
        <translation>张量的 dtype；PyTorch 以它计算（float32 是 PyTorch 的默认类型）</translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>softmax, or log_softmax (pairs with NLLLoss: log_softmax + NLLLoss = cross-entropy)</source>
        <translation>softmax，或 log_softmax（与 NLLLoss 搭配：log_softmax + NLLLoss = 交叉熵）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Input tensor x</source>
        <translation>输入张量 x</translation>
    </message>
    <message>
        <source>Output tensor</source>
        <translation>输出张量</translation>
    </message>
    <message>
        <source>Input x (editable)</source>
        <translation>输入 x（可编辑）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>What PyTorch prints for x and the output</source>
        <translation>PyTorch 打印 x 与输出的样子</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Python that rebuilds the tensor and reproduces the numbers</source>
        <translation>重建张量并重现这些数字的 Python 代码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>The lesson's notes, saved with it</source>
        <translation>课件的笔记，随课件一起保存</translation>
    </message>
    <message>
        <source>E&amp;xplore</source>
        <translation>探索(&amp;X)</translation>
    </message>
    <message>
        <source>One dim: the views, the steps and the plots</source>
        <translation>一个维度：视图、步骤与图表</translation>
    </message>
    <message>
        <source>Co&amp;mpare dims</source>
        <translation>比较各维度(&amp;M)</translation>
    </message>
    <message>
        <source>The same input along every dim, side by side</source>
        <translation>同一个输入沿每个维度的结果，并排显示</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>测验(&amp;Q)</translation>
    </message>
    <message>
        <source>Questions made from the current tensor, for self-study</source>
        <translation>由当前张量生成的题目，用于自学</translation>
    </message>
    <message>
        <source>x / %1</source>
        <translation>x / %1</translation>
    </message>
    <message>
        <source>%1(%2) over the whole tensor</source>
        <translation>对整个张量的 %1(%2)</translation>
    </message>
    <message>
        <source>%1 = %2 → %3 · group %4 of %5</source>
        <translation>%1 = %2 → %3 · 第 %4 组（共 %5 组）</translation>
    </message>
    <message>
        <source>The file was not opened: %1</source>
        <translation>文件没有打开：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The file was not opened.

%1</source>
        <translation>文件没有打开。

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
        <translation>&amp;randn（下一个种子）</translation>
    </message>
    <message>
        <source>Standard normal values; each use takes the next seed</source>
        <translation>标准正态分布的值；每用一次换下一个种子</translation>
    </message>
    <message>
        <source>randn with &amp;seed…</source>
        <translation>指定种子的 randn(&amp;S)…</translation>
    </message>
    <message>
        <source>randn with seed</source>
        <translation>指定种子的 randn</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>导出图片(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the result as .&amp;npy…</source>
        <translation>把结果导出为 .npy(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>Edit the selected &amp;value</source>
        <translation>编辑选中的值(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Paste tensor</source>
        <translation>粘贴张量(&amp;P)</translation>
    </message>
    <message>
        <source>Replace the tensor with a nested list or a printed PyTorch tensor from the clipboard</source>
        <translation>用剪贴板中的嵌套列表或 PyTorch 打印出的张量替换当前张量</translation>
    </message>
    <message>
        <source>&amp;Copy the output as PyTorch prints it</source>
        <translation>按 PyTorch 打印的样子复制输出(&amp;C)</translation>
    </message>
    <message>
        <source>Copied the output as print(y) shows it</source>
        <translation>已按 print(y) 的样子复制输出</translation>
    </message>
    <message>
        <source>Copy the &amp;steps</source>
        <translation>复制步骤(&amp;S)</translation>
    </message>
    <message>
        <source>Copied the steps as text</source>
        <translation>已把步骤复制为文本</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;all groups</source>
        <translation>显示所有组(&amp;A)</translation>
    </message>
    <message>
        <source>Give every group its own colour and number</source>
        <translation>给每一组各自的颜色和编号</translation>
    </message>
    <message>
        <source>&amp;Index labels in the steps</source>
        <translation>步骤中使用下标标签(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Previous dim</source>
        <translation>上一个维度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next dim</source>
        <translation>下一个维度(&amp;N)</translation>
    </message>
    <message>
        <source>Use &amp;log_softmax</source>
        <translation>使用 &amp;log_softmax</translation>
    </message>
    <message>
        <source>Go to the &amp;input</source>
        <translation>转到输入(&amp;I)</translation>
    </message>
    <message>
        <source>Go to the &amp;output</source>
        <translation>转到输出(&amp;O)</translation>
    </message>
    <message>
        <source>Go to the &amp;steps</source>
        <translation>转到步骤(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type, only the dim and the walkthrough (F11 or Esc to leave)</source>
        <translation>全屏、大字号，只保留维度与逐组演示（按 F11 或 Esc 退出）</translation>
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
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Softmax Explorer</source>
        <translation>关于 Softmax 探索器(&amp;A)</translation>
    </message>
    <message>
        <source>About Softmax Explorer</source>
        <translation>关于 Softmax 探索器</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Softmax Explorer %1&lt;/h3&gt;&lt;p&gt;See which elements share a denominator when softmax runs along a dim, with every e&lt;sup&gt;x&lt;/sup&gt; / Σe&lt;sup&gt;x&lt;/sup&gt; step in numbers.&lt;/p&gt;&lt;p&gt;The numbers match PyTorch 1.13 on the CPU.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Softmax 探索器 %1&lt;/h3&gt;&lt;p&gt;看清 softmax 沿某一维度时哪些元素共用同一个分母，每一步 e&lt;sup&gt;x&lt;/sup&gt; / Σe&lt;sup&gt;x&lt;/sup&gt; 都有数字。&lt;/p&gt;&lt;p&gt;所有数字与 CPU 上的 PyTorch 1.13 一致。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Tensors (*.json *.npy *.txt *.py);;Lesson files (*.json);;NumPy arrays (*.npy);;Text (*.txt *.py);;All files (*)</source>
        <translation>张量 (*.json *.npy *.txt *.py);;课件文件 (*.json);;NumPy 数组 (*.npy);;文本 (*.txt *.py);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>The main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Every dim side by side</source>
        <translation>各维度并排</translation>
    </message>
    <message>
        <source>The four plots</source>
        <translation>四张图表</translation>
    </message>
    <message>
        <source>PNG only: pixels per point, for sharp slides</source>
        <translation>仅限 PNG：每个点的像素数，让幻灯片更清晰</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>PNG &amp;scale:</source>
        <translation>PNG 缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export the result as .npy</source>
        <translation>把结果导出为 .npy</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Paste tensor</source>
        <translation>粘贴张量</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>没有粘贴任何内容：%1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ui::NotesPanel</name>
    <message>
        <source>Notes for this lesson: what to point out, questions to ask the class…</source>
        <translation>本课的笔记：要强调什么，要问学生什么问题…</translation>
    </message>
    <message>
        <source>Lesson notes</source>
        <translation>课件笔记</translation>
    </message>
</context>
<context>
    <name>ui::PlotStyle</name>
    <message>
        <source>'%1' has no image extension: use .png, .svg or .pdf</source>
        <translation>“%1”没有图片扩展名：请用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>cannot write the image '%1'</source>
        <translation>无法写入图片“%1”</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ui::PlotsPanel</name>
    <message>
        <source>Bars</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <source>eˣ curve</source>
        <translation>eˣ 曲线</translation>
    </message>
    <message>
        <source>p vs T</source>
        <translation>p 随 T 变化</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>The group's x, e^(x − m) and p side by side</source>
        <translation>本组的 x、e^(x − m) 与 p 并排显示</translation>
    </message>
    <message>
        <source>Why the largest x dominates: the exponential</source>
        <translation>为什么最大的 x 占主导：指数函数</translation>
    </message>
    <message>
        <source>How each p changes with the temperature; drag to change T</source>
        <translation>每个 p 随温度如何变化；拖动可改变 T</translation>
    </message>
    <message>
        <source>The output plane of the selected element</source>
        <translation>所选元素所在的输出平面</translation>
    </message>
</context>
<context>
    <name>ui::PresetText</name>
    <message>
        <source>arange(12) as 1×3×2×2 (B×C×H×W): the four dims of an image batch</source>
        <translation>arange(12) 排成 1×3×2×2（B×C×H×W）：图像批次的四个维度</translation>
    </message>
    <message>
        <source>arange(12) as 2×3×1×2: dim 0 across two batch items</source>
        <translation>arange(12) 排成 2×3×1×2：dim 0 跨两个批次样本</translation>
    </message>
    <message>
        <source>[1, 2, 3, 4] with the implicit (deprecated) dim</source>
        <translation>[1, 2, 3, 4]，使用隐式（已弃用）的 dim</translation>
    </message>
    <message>
        <source>[[1, 2, 3, 4], [5, 6, 7, 8]]: rows versus columns</source>
        <translation>[[1, 2, 3, 4], [5, 6, 7, 8]]：行与列</translation>
    </message>
    <message>
        <source>three class scores -3, 1.5, 2.7, step by step</source>
        <translation>三个类别分数 -3、1.5、2.7，逐步计算</translation>
    </message>
    <message>
        <source>torch.rand(2, 2) with seed 0: log_softmax beside softmax</source>
        <translation>种子为 0 的 torch.rand(2, 2)：log_softmax 与 softmax 并列</translation>
    </message>
    <message>
        <source>the NumPy helper's 2×3 example (float64), axis 0 and -1</source>
        <translation>NumPy 辅助函数的 2×3 例子（float64），axis 0 与 -1</translation>
    </message>
    <message>
        <source>a 2×2×2 tensor computed by hand for dims 0, 1, 2 and -1</source>
        <translation>手算 dim 0、1、2 与 -1 的 2×2×2 张量</translation>
    </message>
    <message>
        <source>classification logits (1, C), dim=-1</source>
        <translation>分类 logits (1, C)，dim=-1</translation>
    </message>
    <message>
        <source>segmentation scores (1, C, H, W), dim=1 per pixel</source>
        <translation>分割分数 (1, C, H, W)，每个像素 dim=1</translation>
    </message>
    <message>
        <source>detection anchors (N, C), dim=-1 per anchor</source>
        <translation>检测锚框 (N, C)，每个锚框 dim=-1</translation>
    </message>
    <message>
        <source>causal attention scores (heads, L, L) with -inf masks, dim=-1</source>
        <translation>带 -inf 掩码的因果注意力分数 (heads, L, L)，dim=-1</translation>
    </message>
</context>
<context>
    <name>ui::PrintPanel</name>
    <message>
        <source>What PyTorch prints</source>
        <translation>PyTorch 打印的内容</translation>
    </message>
</context>
<context>
    <name>ui::QuizPanel</name>
    <message>
        <source>&amp;Ask:</source>
        <translation>题型(&amp;A)：</translation>
    </message>
    <message>
        <source>Which elements share a denominator?</source>
        <translation>哪些元素共用一个分母？</translation>
    </message>
    <message>
        <source>Which dim produced this output?</source>
        <translation>这个输出来自哪个维度？</translation>
    </message>
    <message>
        <source>Which way does p move when T doubles?</source>
        <translation>T 加倍时 p 会怎样变化？</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>题目类型</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>新题目(&amp;N)</translation>
    </message>
    <message>
        <source>A new question from the current tensor (N)</source>
        <translation>用当前张量出一道新题（N）</translation>
    </message>
    <message>
        <source>Quiz tensor</source>
        <translation>测验张量</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Grade the elements you clicked (Enter)</source>
        <translation>批改你点选的元素（Enter）</translation>
    </message>
    <message>
        <source>Click elements (or Space on the current one) to choose them.</source>
        <translation>点选元素（或在当前元素上按空格）来选择它们。</translation>
    </message>
    <message>
        <source>Goes &amp;up</source>
        <translation>变大(&amp;U)</translation>
    </message>
    <message>
        <source>Goes &amp;down</source>
        <translation>变小(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stays the same</source>
        <translation>不变(&amp;S)</translation>
    </message>
    <message>
        <source>dim=%1 (%2)</source>
        <translation>dim=%1（%2）</translation>
    </message>
    <message>
        <source>Softmax along %1: click every element that shares a denominator with ★ %2.</source>
        <translation>沿 %1 做 softmax：点选每一个与 ★ %2 共用分母的元素。</translation>
    </message>
    <message>
        <source>This question needs a tensor of rank 2 or more: change the rank in the toolbar.</source>
        <translation>这道题需要 2 维或更高维的张量：请在工具栏中修改维数。</translation>
    </message>
    <message>
        <source>This is %1 of the current tensor along one of its dims. Which dim? (keys 0–%2)</source>
        <translation>这是当前张量沿某一个维度的 %1。是哪一个维度？（按键 0–%2）</translation>
    </message>
    <message>
        <source>Now p(★ %1) = %2 at T = %3 (its group is marked ●). When T doubles to %4, does p go up, go down or stay the same? (U, D, S)</source>
        <translation>现在温度 T = %3 时 p(★ %1) = %2（它的组标为 ●）。当 T 加倍到 %4 时，p 会变大、变小还是不变？（U、D、S）</translation>
    </message>
    <message>
        <source>Its group along %1: every index the same except the one along %1.</source>
        <translation>它沿 %1 的组：除了沿 %1 的下标之外，其余下标都相同。</translation>
    </message>
    <message>
        <source>Right: all %1 elements of the group. %2</source>
        <translation>正确：组内全部 %1 个元素。%2</translation>
    </message>
    <message>
        <source>Not quite: ✓ %1 right, ○ %2 missed, ✗ %3 wrong. %4</source>
        <translation>不完全对：✓ 对 %1 个，○ 漏 %2 个，✗ 错 %3 个。%4</translation>
    </message>
    <message>
        <source>Right: %1. Each of its groups sums to 1.</source>
        <translation>正确：%1。它的每一组之和都为 1。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>No: it was %1, not %2. Look for which elements sum to 1 together.</source>
        <translation>不对：答案是 %1，不是 %2。看看哪些元素合起来和为 1。</translation>
    </message>
    <message>
        <source>p goes from %1 to %2 when T goes from %3 to %4.</source>
        <translation>T 从 %3 变到 %4 时，p 从 %1 变为 %2。</translation>
    </message>
    <message>
        <source>A larger T flattens the group toward uniform: large probabilities shrink, small ones grow.</source>
        <translation>T 越大，组内分布越趋向均匀：大的概率变小，小的概率变大。</translation>
    </message>
    <message>
        <source>Right: </source>
        <translation>正确：</translation>
    </message>
    <message>
        <source>No: </source>
        <translation>不对：</translation>
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
        <translation>维数</translation>
    </message>
    <message>
        <source>Number of dims (1–4). Growing adds a leading dim of extent 1; shrinking drops the leading dim.</source>
        <translation>维度的个数（1–4）。增加时在前面添加长度为 1 的维度；减少时去掉最前面的维度。</translation>
    </message>
    <message>
        <source>Name of dim %1</source>
        <translation>维度 %1 的名称</translation>
    </message>
    <message>
        <source>Name of this dim (click to rename)</source>
        <translation>这个维度的名称（点击可重命名）</translation>
    </message>
    <message>
        <source>Extent of dim %1</source>
        <translation>维度 %1 的长度</translation>
    </message>
    <message>
        <source>Extent of this dim (1–%1; at most %2 elements in all)</source>
        <translation>这个维度的长度（1–%1；总共最多 %2 个元素）</translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Move between elements</source>
        <translation>在元素之间移动</translation>
    </message>
    <message>
        <source>Edit the selected value</source>
        <translation>编辑选中的值</translation>
    </message>
    <message>
        <source>type, or double-click</source>
        <translation>直接输入，或双击</translation>
    </message>
</context>
<context>
    <name>ui::StepHtml</name>
    <message>
        <source>The whole tensor is one group: all %1 elements share one denominator.</source>
        <translation>整个张量是一组：全部 %1 个元素共用一个分母。</translation>
    </message>
    <message>
        <source>Group of %1 along dim %2 (%3, also dim=%4): its extent is 1, so %1 is alone in its group and its own denominator.</source>
        <translation>%1 沿维度 %2（%3，即 dim=%4）所在的组：这个维度长度为 1，所以 %1 独自成组，分母就是它自己。</translation>
    </message>
    <message>
        <source>Group of %1 along dim %2 (%3, also dim=%4): these %5 elements share one denominator.</source>
        <translation>%1 沿维度 %2（%3，即 dim=%4）所在的组：这 %5 个元素共用一个分母。</translation>
    </message>
    <message>
        <source>&lt;p class="head"&gt;Stable (max subtracted, as PyTorch computes)&lt;/p&gt;</source>
        <translation>&lt;p class="head"&gt;稳定算法（减去最大值，与 PyTorch 相同）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Divide by the temperature: %1 = %2 / &lt;i&gt;T&lt;/i&gt;, &lt;i&gt;T&lt;/i&gt; = %3&lt;br&gt;</source>
        <translation>除以温度：%1 = %2 / &lt;i&gt;T&lt;/i&gt;，&lt;i&gt;T&lt;/i&gt; = %3&lt;br&gt;</translation>
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
        <translation>检验：Σ&lt;sub&gt;j&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;j&lt;/sub&gt; = %1 ✓</translation>
    </message>
    <message>
        <source>&lt;p class="head"&gt;Naive e&lt;sup&gt;x&lt;/sup&gt; / Σ e&lt;sup&gt;x&lt;/sup&gt;&lt;/p&gt;</source>
        <translation>&lt;p class="head"&gt;朴素算法 e&lt;sup&gt;x&lt;/sup&gt; / Σ e&lt;sup&gt;x&lt;/sup&gt;&lt;/p&gt;</translation>
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
        <translation>&lt;br&gt;&lt;span class="overflow"&gt;溢出：e&lt;sup&gt;x&lt;/sup&gt; 超过了 %1 能表示的最大数（x ≳ %2），所以朴素算法得到 %3。减去 m 就能避免。&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ui::StepText</name>
    <message>
        <source>%1 over the whole tensor, element %2</source>
        <translation>对整个张量的 %1，元素 %2</translation>
    </message>
    <message>
        <source>Group: the whole tensor, size %1, shares one denominator.</source>
        <translation>组：整个张量，大小 %1，共用一个分母。</translation>
    </message>
    <message>
        <source>%1(x, dim=%2) for element %3</source>
        <translation>元素 %3 的 %1(x, dim=%2)</translation>
    </message>
    <message>
        <source>Group along dim %1 (%2, also dim=%3), size %4, shares the denominator:</source>
        <translation>沿维度 %1（%2，即 dim=%3）的组，大小 %4，共用这个分母：</translation>
    </message>
    <message>
        <source>   &lt;- this element</source>
        <translation>   &lt;- 这个元素</translation>
    </message>
    <message>
        <source>Divide by the temperature T = %1: z = x / T</source>
        <translation>除以温度 T = %1：z = x / T</translation>
    </message>
    <message>
        <source>Maximum of the group: m = %1</source>
        <translation>组内最大值：m = %1</translation>
    </message>
    <message>
        <source>Subtract m and exponentiate: e^(%1 - m)</source>
        <translation>减去 m 再取指数：e^(%1 - m)</translation>
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
        <translation>结果：log p = (%1 - m) - log S = %2 - %3 = %4</translation>
    </message>
    <message>
        <source>Result: p = e^(%1 - m) / S = %2 / %3 = %4</source>
        <translation>结果：p = e^(%1 - m) / S = %2 / %3 = %4</translation>
    </message>
    <message>
        <source>Check: the group's outputs sum to %1</source>
        <translation>检验：本组输出之和为 %1</translation>
    </message>
    <message>
        <source>Naive form without subtracting m: e^%1 / sum of e^%1</source>
        <translation>不减去 m 的朴素算法：e^%1 / e^%1 之和</translation>
    </message>
    <message>
        <source>  sum = %1, naive p = %2</source>
        <translation>  和 = %1，朴素 p = %2</translation>
    </message>
    <message>
        <source>  Overflow: e^x exceeds the largest %1 number, so the naive form gives %2; subtracting m avoids it.</source>
        <translation>  溢出：e^x 超过了 %1 能表示的最大数，所以朴素算法得到 %2；减去 m 就能避免。</translation>
    </message>
</context>
<context>
    <name>ui::StepsPanel</name>
    <message>
        <source>Index labels x[i,j]</source>
        <translation>下标标签 x[i,j]</translation>
    </message>
    <message>
        <source>Name elements by their index x[0,1,0,1] instead of the tutorials' x₁…xₙ (1-based, row-major)</source>
        <translation>用下标 x[0,1,0,1] 而不是教程中的 x₁…xₙ（从 1 开始，按行优先）来命名元素</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>组内成员</translation>
    </message>
    <message>
        <source>Every element sharing the denominator, with each step of its computation</source>
        <translation>共用这个分母的每个元素及其计算的每一步</translation>
    </message>
    <message>
        <source>Stable computation</source>
        <translation>稳定算法</translation>
    </message>
    <message>
        <source>Naive computation</source>
        <translation>朴素算法</translation>
    </message>
    <message>
        <source>Steps of %1 for %2 (%3)</source>
        <translation>%2（%3）的 %1 步骤</translation>
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
        <translation>温度（对数刻度）</translation>
    </message>
    <message>
        <source>Temperature T: softmax(x / T). Small T sharpens toward the maximum, large T flattens toward uniform.</source>
        <translation>温度 T：softmax(x / T)。T 小时分布趋向最大值，T 大时趋向均匀。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
</context>
<context>
    <name>ui::TemperaturePlot</name>
    <message>
        <source>p against the temperature T</source>
        <translation>p 随温度 T 变化</translation>
    </message>
    <message>
        <source>temperature T (drag to change)</source>
        <translation>温度 T（拖动可修改）</translation>
    </message>
</context>
<context>
    <name>ui::TensorDocument</name>
    <message>
        <source>“%1” is not a number, so %2 keeps its value %3. Type a number such as 2.5, -1e3, nan, inf or -inf.</source>
        <translation>“%1”不是数字，所以 %2 保持原值 %3。请输入数字，例如 2.5、-1e3、nan、inf 或 -inf。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>The shape was not changed: %1.</source>
        <translation>形状没有改变：%1。</translation>
    </message>
    <message>
        <source>Change shape to %1</source>
        <translation>把形状改为 %1</translation>
    </message>
    <message>
        <source>Rename dim %1 to %2</source>
        <translation>把维度 %1 重命名为 %2</translation>
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
        <translation>用 randn 填充（种子 %1）</translation>
    </message>
    <message>
        <source>Load example %1</source>
        <translation>载入例子 %1</translation>
    </message>
    <message>
        <source>Choose dim=%1</source>
        <translation>选择 dim=%1</translation>
    </message>
    <message>
        <source>Choose the implicit dim</source>
        <translation>选择隐式维度</translation>
    </message>
    <message>
        <source>Choose the whole tensor</source>
        <translation>选择整个张量</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <source>Set T = %1</source>
        <translation>设置 T = %1</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>切换为 %1</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>编辑笔记</translation>
    </message>
</context>
<context>
    <name>ui::TensorTableModel</name>
    <message>
        <source>group %1 of %2</source>
        <translation>第 %1 组（共 %2 组）</translation>
    </message>
    <message>
        <source>, in the selected group</source>
        <translation>，在选中的组里</translation>
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
        <translation>逐组演示</translation>
    </message>
    <message>
        <source>Walk through the groups</source>
        <translation>逐组演示</translation>
    </message>
    <message>
        <source>Walk through the groups of this dim one at a time (F5)</source>
        <translation>逐一演示这个维度的每一组（F5）</translation>
    </message>
    <message>
        <source>First group</source>
        <translation>第一组</translation>
    </message>
    <message>
        <source>Previous group</source>
        <translation>上一组</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>下一组</translation>
    </message>
    <message>
        <source>Last group</source>
        <translation>最后一组</translation>
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
        <translation>播放时每组停留的时间</translation>
    </message>
    <message>
        <source>%1 s per group</source>
        <translation>每组 %1 秒</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>group %1 of %2</source>
        <translation>第 %1 组（共 %2 组）</translation>
    </message>
</context>
<context>
    <name>ui::WidgetRender</name>
    <message>
        <source>%1(%2) over the whole tensor</source>
        <translation>对整个张量的 %1(%2)</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>cannot write the image '%1'</source>
        <translation>无法写入图片“%1”</translation>
    </message>
    <message>
        <source>'%1' has no image extension: use .png, .svg or .pdf</source>
        <translation>“%1”没有图片扩展名：请用 .png、.svg 或 .pdf</translation>
    </message>
</context>
</TS>