-- banmian: turns the semantic classes of banmian's Pandoc document into the LaTeX macros and
-- environments that ../latex/newspaper.tex defines (one place to restyle the PDF).
-- Div.CLASS  -> \begin{bmCLASS} ... \end{bmCLASS}
-- Span.CLASS -> \bmCLASS{...}
-- Header 1 (page) -> \bmpage{id}{...}, 2 (headline) -> \bmheadline{id}{...},
-- Header 3 (intertitle) -> \bmintertitle{...}
local environments = {
  article = 'bmarticle', kicker = 'bmkicker', subtitle = 'bmsubtitle', bylines = 'bmbylines',
  figure = 'bmfigure', pageitems = 'bmpageitems', pageitem = 'bmpageitem',
}
local commands = {
  dateline = 'bmdateline', byline = 'bmbyline', role = 'bmrole', caption = 'bmcaption',
  credit = 'bmcredit',
}
local headers = { [1] = 'bmpage', [2] = 'bmheadline', [3] = 'bmintertitle' }

local function raw_inline(text) return pandoc.RawInline('latex', text) end
local function raw_block(text) return pandoc.RawBlock('latex', text) end

-- The inlines wrapped as one LaTeX command argument.
local function wrapped(open, inlines)
  local out = { raw_inline(open) }
  for _, inline in ipairs(inlines) do table.insert(out, inline) end
  table.insert(out, raw_inline('}'))
  return out
end

function Div(div)
  for _, class in ipairs(div.classes) do
    local env = environments[class]
    if env then
      -- A page item also passes its kind (jump, page_header, ...) as an argument.
      local arg = class == 'pageitem' and ('{' .. (div.classes[2] or '') .. '}') or ''
      local blocks = { raw_block('\\begin{' .. env .. '}' .. arg) }
      for _, block in ipairs(div.content) do table.insert(blocks, block) end
      table.insert(blocks, raw_block('\\end{' .. env .. '}'))
      return blocks
    end
  end
end

function Span(span)
  for _, class in ipairs(span.classes) do
    local command = commands[class]
    if command then return wrapped('\\' .. command .. '{', span.content) end
  end
end

function Header(header)
  local command = headers[header.level]
  if not command then return nil end
  local open = '\\' .. command .. '{'
  if header.level < 3 then open = open .. header.identifier .. '}{' end
  return pandoc.Plain(wrapped(open, header.content))
end
