-- Headless Neovim attaches its built-in LSP client to `arabspell lsp`, waits for the
-- diagnostics of the file it edits, and writes them (JSON) and what it renders of them
-- (the buffer's lines with their virtual text, the location list window) to files.
-- Neovim 0.8+ has vim.lsp.start; 0.7 (Debian bookworm) start_client and buf_attach_client.
local cmd = vim.fn.json_decode(os.getenv("ARABSPELL_LSP_CMD"))
local out = os.getenv("ARABSPELL_NVIM_OUT")
local expected = tonumber(os.getenv("ARABSPELL_NVIM_EXPECT") or "1")

local function attach()
  local config = { name = "arabspell", cmd = cmd, root_dir = vim.fn.getcwd() }
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    vim.lsp.buf_attach_client(0, vim.lsp.start_client(config))
  end
  vim.diagnostic.config({ virtual_text = true, signs = false, underline = true })
end

local function diagnostics()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(found, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
    })
  end
  vim.fn.writefile({ vim.fn.json_encode(found) }, out .. ".json")
end

-- the text capture: each line with a diagnostic and the virtual text Neovim draws after it,
-- then the location list window as Neovim renders it
local function capture()
  local lines = { "$ nvim " .. vim.fn.expand("%:t") .. "   (Neovim " .. tostring(vim.version().major) .. "."
    .. tostring(vim.version().minor) .. ", headless: a text capture of the rendered diagnostics)", "" }
  local spaces = {}
  for _, ns in pairs(vim.diagnostic.get_namespaces()) do
    if ns.user_data and ns.user_data.virt_text_ns then table.insert(spaces, ns.user_data.virt_text_ns) end
  end
  for _, ns in ipairs(spaces) do
    for _, mark in ipairs(vim.api.nvim_buf_get_extmarks(0, ns, 0, -1, { details = true })) do
      local details = mark[4]
      if details.virt_text then
        local chunks = {}
        for _, chunk in ipairs(details.virt_text) do table.insert(chunks, chunk[1]) end
        local line = vim.api.nvim_buf_get_lines(0, mark[2], mark[2] + 1, false)[1]
        table.insert(lines, string.format("%4d  %s", mark[2] + 1, line))
        table.insert(lines, "      " .. table.concat(chunks, ""))
      end
    end
  end
  vim.diagnostic.setloclist({ open = true })
  table.insert(lines, "")
  table.insert(lines, ":lopen")
  for _, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do table.insert(lines, line) end
  vim.fn.writefile(lines, out .. ".txt")
end

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local ok, err = pcall(function()
      attach()
      vim.wait(60000, function() return #vim.diagnostic.get(0) >= expected end, 50)
      diagnostics()
      capture()
    end)
    if not ok then vim.fn.writefile({ tostring(err) }, out .. ".error") end
    vim.cmd("qa!")
  end,
})
